import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LINES } from '../../src/lexicons/boilerplate.ts';
import { matchBoilerplate, removeBoilerplate } from '../../src/ingest/boilerplate.ts';

describe('boilerplate line patterns', () => {
  it.each([
    ["ALSO READ: Hawaii Green Laser Beam Not From NASA's ICESat-2 ATLAS But China's Daqi-1's ACDL", 'also-read'],
    ['Also Read - Another story', 'also-read'],
    ['RELATED ARTICLE: Saudi Arabia Will Someday Build a Giant Turtle City Worth $8 Billion: Is It as Large as Pangaea?', 'related-article'],
    ['Related Stories', 'related-article'],
    ['RELATED: Boeing 737 MAX grounded', 'related'],
    ['READ MORE: Soyuz leak blamed on meteoroid', 'read-more'],
    ['Read more', 'read-more'],
    ['Read More »', 'read-more'],
    ['Continue reading...', 'read-more'],
    ['Check out more news and information on Tech and Innovation in Science Times.', 'check-out-more'],
    ['Subscribe to our daily briefing', 'subscribe'],
    ['Sign up for our newsletter', 'newsletter-signup'],
    ['Sign up for email alerts on space news', 'newsletter-signup'],
    ['Share this article', 'share'],
    ['Share on Facebook', 'share'],
    ['Follow us on Twitter and Instagram', 'follow-us'],
    ['Click here to get the app', 'click-here'],
    ['Advertisement', 'advertisement'],
    ['ADVERTISEMENT - SCROLL TO CONTINUE', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Photo: NASA/Bill Ingalls', 'caption-credit'],
    ['Credit: Roscosmos', 'caption-credit'],
    ['Photo credit: NASA TV', 'caption-credit'],
    ['(Photo by Bill Ingalls/NASA via Getty Images)', 'caption-credit'],
    ['Image: ESA', 'caption-credit'],
    ['© 2023 Science Times. All rights reserved.', 'copyright'],
    ['Copyright 2023 The Associated Press.', 'copyright'],
    ['(c) 2021-2023 Example Media', 'copyright'],
    ['Example Media Ltd. All rights reserved.', 'all-rights-reserved'],
    ['This article originally appeared on The Conversation.', 'originally-appeared'],
    ['This story was first published by Space.com', 'originally-appeared'],
    ['SEE MORE: Ferry crews strike over pay', 'see-more'],
    ["DON'T MISS: The harbour's busiest week", 'see-more'],
    ['More from Harbour News: Ten ferries to watch', 'see-more'],
    ['You may also like...', 'recirculation-label'],
    ["DON'T MISS", 'recirculation-label'],
    ['Most Read:', 'recirculation-label'],
    ['GET HARBOUR NEWS ON THE GO BY CLICKING HERE', 'clicking-here'],
    ['Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.', 'click-here-tail'],
    ['Start your day with our briefing. Sign up for the free daily newsletter.', 'newsletter-promo'],
    ['Tell us what YOU think...', 'comment-prompt'],
    ['comments', 'comment-prompt'],
    ['12 Comments', 'comment-prompt'],
    ['[button link="https://example.com/submit" type="big"] Send us your review[/button]', 'shortcode'],
    ['Copyright @ 2024 Harbour News.', 'copyright'],
    ['Follow Harbour Radio on Instagram, Facebook and YouTube.', 'follow-us'],
    ['Also: See our ferry coverage', 'see-more'],
    ['More:', 'recirculation-label'],
    ['Popular on Harbour News', 'recirculation-label'],
    ['[Related: Ferry crews strike over pay]', 'bracketed-related'],
    ['Image 2 of 5', 'gallery-counter'],
    ['Tempo de leitura: 2 minutos', 'reading-time'],
    ['6 min read', 'reading-time'],
    ['Updated at 1:23 p.m.', 'update-time'],
    ['Updated Nov. 19, 2019 at 4:05 PM', 'update-time'],
    ['Like this story? Share it with a friend!', 'share-prompt'],
    ['Via Harbournews.example', 'syndication-via'],
    ['Jane Roe contributed reporting from Oslo.', 'contributor-credit'],
    ['Additional reporting by Jane Roe and Tom Poe', 'contributor-credit'],
    ['Reporting by Jane Roe, Tom Poe; editing by Ann Lee', 'contributor-credit'],
    ['jane.roe@harbour.example', 'contact-line'],
    ['twitter.com/janeroe', 'contact-line'],
    ['Jane Roe/Harbour Photos/Example Images', 'photo-credit-line'],
    ['Jane Roe | Harbour | Example Images', 'photo-credit-line'],
  ])('%j → %s', (line, id) => {
    expect(matchBoilerplate(line)?.id).toBe(id);
  });

  it.each([
    'Also read the report, officials said.',
    'Related stories show a pattern of leaks.',
    'Related work was delayed for months.',
    'Readers who want to read more about the leak can find the report online.',
    'Read more about the leak in the NASA report released Monday.',
    'Check out the new module, engineers urged visitors.',
    'Subscribers to the service said the stream froze.',
    'Sign up for the mission closed in May.',
    'Share prices of the contractor fell 4%.',
    'Follow the leak timeline below.',
    'Users can click here to see the footage, NASA said.',
    'Advertisement revenue fell in the quarter.',
    'Photos of the leak were shared by NASA on Saturday.',
    'Credit rating agencies downgraded the operator.',
    'Copyright law protects the footage.',
    'He said all rights reserved by the treaty were waived in 2020, officials noted.',
    'The story first appeared in 2019, he said.',
    'The crew will read more procedures before the next spacewalk.',
    'He told reporters to "read more" before asking questions.',
    'More than 40 ships: the port said traffic was backed up.',
    'Watch officers saw the fire at 2 a.m.',
    'Recommended speeds were exceeded by the driver.',
    'Trending downward, fuel prices fell for a week.',
    'He said the form was filed by clicking here and there on the screen for an hour.',
    `${'The captain told investigators that the pump failed twice before the crew could react, and that the alarm did not sound. '.repeat(3)}Click here to read the report.`,
    'Readers were asked to sign up for the newsletter, he said.',
    'Comments from the crew were recorded by the inspector.',
    '[Updated] The ferry resumed service on Friday.',
    '[1] Source: harbour authority',
    'More than 40 ships were delayed.',
    'Popular ferries were sold out for the weekend.',
    'Image 1 of the leak shows a crack in the pipe.',
    'It takes 5 minutes to read the report, he said.',
    'Updated 2023 figures show the fleet grew.',
    'Like this story, the last one ended badly.',
    'Via Rail said the train was delayed.',
    'Reporting by the crew was late, the inspector found.',
    'Reporting by the crew was late',
    'He contributed to the report on the crash in 2019, officials said.',
    'Send questions to help@harbour.example, the office said.',
    'Paris / London',
    'http://shop.example/2iJFhRj',
    'The ferry/ship collided with the pier | officials said nobody was hurt.',
  ])('keeps %j', (line) => {
    expect(matchBoilerplate(line)).toBeNull();
  });

  it('every pattern has a unique id, a note and an anchored regex', () => {
    const ids = BOILERPLATE_LINES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of BOILERPLATE_LINES) {
      expect(p.note.length).toBeGreaterThan(10);
      expect(p.pattern.source.startsWith('^')).toBe(true);
      expect(p.pattern.source.endsWith('$')).toBe(true);
    }
  });
});

describe('removeBoilerplate', () => {
  it('drops whole blocks and single lines, reporting each with its pattern id', () => {
    const { blocks, diagnostics } = removeBoilerplate([
      { kind: 'paragraph', text: 'The leak began on Dec. 14.' },
      { kind: 'paragraph', text: 'ALSO READ: Something else' },
      { kind: 'paragraph', text: 'Crew safe.\nPhoto: NASA' },
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'The leak began on Dec. 14.' },
      { kind: 'paragraph', text: 'Crew safe.' },
    ]);
    expect(diagnostics.map((d) => [d.severity, d.code, d.message.split(':')[0]])).toEqual([
      ['info', 'boilerplate-removed', 'also-read'],
      ['info', 'boilerplate-removed', 'caption-credit'],
    ]);
  });

  it('never touches the title', () => {
    const { blocks } = removeBoilerplate([{ kind: 'title', text: 'Read more' }]);
    expect(blocks).toEqual([{ kind: 'title', text: 'Read more' }]);
  });
});

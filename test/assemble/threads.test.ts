/**
 * The thread walk on short articles of our own: how many incidents, which sentences tell which.
 */
import { describe, expect, it } from 'vitest';
import { findThreads, sentenceFacts, type SentenceFacts } from '../../src/assemble/threads.ts';
import type { TriggerMention } from '../../src/extract/types.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { doc } from '../helpers.ts';

/** Each thread as [background?, first words of each of its sentences]. */
function threads(text: string, published = '2026-03-14') {
  const d = doc(text, published);
  const ts = findThreads(d, sentenceFacts(d, extractMentions(d), (n) => n));
  return ts.map((t) => [t.background, t.sentences.map((i) => d.sentenceText(i).split(' ').slice(0, 3).join(' '))]);
}

describe('thread walk', () => {
  it('opens a background incident on a cue of a separate one, and ends it with its paragraph', () => {
    const text = [
      'The ferry Nordkyst ran aground near Harstad on Thursday.',
      'A similar grounding happened in 2019 near the same reef. Nobody was hurt then.',
      'Divers inspected the hull of the Nordkyst on Friday.',
    ].join('\n');
    expect(threads(text)).toEqual([
      [false, ['The ferry Nordkyst', 'Divers inspected the']],
      [true, ['A similar grounding', 'Nobody was hurt']],
    ]);
  });

  it('keeps a follow-up story about an old incident in one thread ("years ago" dates it)', () => {
    const text = [
      'Driver sues rail operator over 2023 derailment',
      'Two years ago today, a freight train derailed outside Ashby, spilling diesel into the creek.',
      'The driver says the derailment was caused by a broken rail.',
    ].join('\n');
    expect(threads(text, '2025-06-10').map(([bg, s]) => [bg, (s as string[]).length])).toEqual([[false, 3]]);
  });

  it('lets a date opening the sentence govern it ("In May, a bus overturned…")', () => {
    const text = [
      'A tour bus crashed into a wall in Keswick on Sunday, injuring nine passengers.',
      "In May, a lorry overturned on the same bend, not far from the site of Sunday's crash.",
    ].join('\n');
    expect(threads(text, '2026-08-03').map(([bg]) => bg)).toEqual([false, true]);
  });

  it('does not open an incident for a counted plural (a statistic)', () => {
    const text = [
      'A delivery van collided with a tram in Leeds on Monday.',
      'From 2020 to 2024 there were 41 collisions at the junction.',
    ].join('\n');
    expect(threads(text).length).toBe(1);
  });

  it('returns a dated statement to the incident its date fits', () => {
    const text = [
      'The coaster Morwen caught fire off Ushant on Tuesday. Three crew were hurt.',
      'In 2021 a fire broke out on another coaster in the same waters.',
      "Salvors said Tuesday's fire started in the engine room.",
    ].join(' ');
    const t = threads(text, '2026-03-12');
    expect(t.length).toBe(2);
    expect(t[0][1]).toContain("Salvors said Tuesday's");
  });

  it('splits two events of one story a few days apart when each is dated', () => {
    const text = [
      'A regional jet suffered an engine failure over Bergen on Tuesday, March 10.',
      'Another engine failure, on a second jet of the airline, followed on Friday, March 13.',
    ].join('\n');
    expect(threads(text, '2026-03-14').length).toBe(2);
  });

  it('dates a fresh incident by its report, so an older one stays apart', () => {
    const text = [
      'A cargo ship docked at the station had leaked coolant, the agency reported Saturday.',
      'A similar incident happened in December with a crew capsule.',
      'The leak began on Dec. 14, the agency said.',
    ].join('\n');
    const t = threads(text, '2026-02-15');
    expect(t.map(([bg]) => bg)).toEqual([false, true]);
    expect(t[1][1]).toContain('The leak began');
  });

  it('counts events: "The second followed on Friday." opens the second', () => {
    const text = [
      'Two jets of one airline had engine failures this week.',
      'The first happened on Tuesday, when a jet suffered a compressor stall after take-off.',
      'The second followed on Friday. Another jet lost oil pressure on its right engine.',
    ].join('\n');
    const t = threads(text, '2026-03-14');
    expect(t.map(([bg, s]) => [bg, (s as string[]).length])).toEqual([[false, 2], [true, 2]]);
  });

  it('keeps a definite reference back ("the explosion took place…") with its incident', () => {
    const text = [
      'A gas explosion levelled two houses in Dunmore in March 2025.',
      'The explosion took place shortly after 9 a.m. last March 12th, investigators said.',
    ].join(' ');
    expect(threads(text, '2026-11-20').length).toBe(1);
  });

  it('does not let a headline date (resolved without context) split the story', () => {
    // headline dated 2014-07-06 by a resolution slip; the body says 2013-07-06 twice
    const trig = (sentence: number) => ({ kind: 'trigger', start: 0, end: 5, text: 'crash', ruleId: 'trigger.type', sentence, type: 'crash' }) as TriggerMention;
    const fact = (i: number, days: string[], paragraph: number): SentenceFacts => ({
      triggers: [trig(i)], vehicles: [], named: [], people: [], dates: [], paragraph, days, distinct: false, past: false, definite: false,
    });
    const facts = [fact(0, ['2014-07-06'], 0), fact(1, ['2013-07-06'], 1), fact(2, ['2013-07-06'], 2)];
    const stub = { published: '2013-07-17', isHeading: (i: number) => i === 0 } as never;
    const ts = findThreads(stub, facts);
    expect(ts.map((t) => [t.sentences, t.days])).toEqual([[[0, 1, 2], ['2013-07-06', '2013-07-06']]]);
  });
});

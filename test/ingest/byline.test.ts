import { describe, expect, it } from 'vitest';
import { isDateline, markDatelines, parseByline, stripLeadingBylines } from '../../src/ingest/byline.ts';
import type { DraftBlock } from '../../src/ingest/draft.ts';

describe('parseByline', () => {
  it.each([
    ['By Jane Doe', { author: 'Jane Doe' }],
    ['By Jane Doe, Reuters', { author: 'Jane Doe' }],
    ['BY JANE DOE', { author: 'JANE DOE' }],
    ['By Jane Doe and John Roe', { author: 'Jane Doe and John Roe' }],
    ['By J. R. Smith | Associated Press', { author: 'J. R. Smith' }],
    ['By Ludwig van Beethoven', { author: 'Ludwig van Beethoven' }],
    ['PUBLISHED: 13:05 EST, 13 February 2023 | UPDATED: 14:10 EST, 14 February 2023', { published: '2023-02-13' }],
    ['Published Feb. 13, 2023', { published: '2023-02-13' }],
    ['Updated: 9:45 AM EST', {}],
    ['UPDATED: 14:10 EST, 14 February 2023', {}], // an update date is never the publication date
    ['Last modified on Feb. 14, 2023', {}],
    ['Posted on Feb. 13, 2023', { published: '2023-02-13' }],
    ['By Jane Doe | Published February 13, 2023', { author: 'Jane Doe', published: '2023-02-13' }],
  ])('%j → %j', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each([
    'By the time the crew arrived, the leak had stopped.',
    'By Tuesday, NASA said the leak had stopped.',
    'By Tuesday',
    'By December the station was repaired',
    'Published by Elsevier in 2019, the study found leaks.',
    'Updated procedures were sent to the crew.',
    'Byron Jones said the hatch was closed',
    'By Jane Doe. The leak began Saturday.',
    'Jane Doe',
  ])('not a byline: %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('stripLeadingBylines', () => {
  const title: DraftBlock = { kind: 'title', text: 'Soyuz leaks coolant' };
  const body: DraftBlock = { kind: 'paragraph', text: 'The leak began on Dec. 14.' };

  it('removes a byline block under the title and claims its author', () => {
    const result = stripLeadingBylines([title, { kind: 'heading', text: 'By Jane Doe, Reuters' }, body]);
    expect(result.blocks).toEqual([title, body]);
    expect(result.claims).toEqual([{ field: 'author', value: 'Jane Doe', origin: 'text:byline' }]);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'byline-removed']]);
  });

  it('removes byline lines at the top of a block and keeps the rest', () => {
    const result = stripLeadingBylines([{ kind: 'paragraph', text: 'By Jane Doe\nPUBLISHED: 13 February 2023\nThe leak began.' }]);
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'The leak began.' }]);
    expect(result.claims.map((c) => c.field)).toEqual(['author', 'published']);
  });

  it('skips a date line above the byline and keeps it', () => {
    const dateline: DraftBlock = { kind: 'paragraph', text: 'Feb. 13, 2023' };
    const result = stripLeadingBylines([title, dateline, { kind: 'paragraph', text: 'By Jane Doe' }, body]);
    expect(result.blocks).toEqual([title, dateline, body]);
  });

  it.each([
    ['a byline further down the article', [title, body, { kind: 'paragraph', text: 'By Jane Doe' }]],
    ['a body line that starts with "By"', [title, { kind: 'paragraph', text: 'By the time the crew arrived, the leak had stopped.' }]],
  ] as Array<[string, DraftBlock[]]>)('keeps %s', (_, blocks) => {
    expect(stripLeadingBylines(blocks).blocks).toEqual(blocks);
  });
});

describe('datelines', () => {
  it.each(['Feb. 13, 2023', 'Monday, 13 February 2023 10:02 GMT', '2023-02-13'])('%j is a dateline', (t) => {
    expect(isDateline(t)).toBe(true);
  });
  it.each(['Feb. 13, 2023 launch delayed', 'February 2023', 'On Feb. 13, 2023 the ship docked.'])('%j is not', (t) => {
    expect(isDateline(t)).toBe(false);
  });
  it('marks date-only paragraphs', () => {
    expect(markDatelines([{ kind: 'paragraph', text: 'Feb. 13, 2023' }, { kind: 'heading', text: '2023-02-13' }])).toEqual([
      { kind: 'dateline', text: 'Feb. 13, 2023' },
      { kind: 'heading', text: '2023-02-13' },
    ]);
  });
});

describe('isDateline: date-only lines in the languages of our pages', () => {
  it.each([
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Lunedì 18 novembre 2019',
    '18. November 2019, 14:30 Uhr',
    'mardi 19 novembre 2019 à 10h30',
    '05/10/2018',
    'Monday, 13 February 2023 10:02 GMT',
  ])('%j is a dateline', (line) => {
    expect(isDateline(line)).toBe(true);
  });

  it.each([
    'The 2019 season',
    'de 22 a 2018',
    'Em 22 de janeiro de 2018, o navio encalhou.',
    'Sexta-feira foi o dia',
    '22 de janeiro',
  ])('%j is not', (line) => {
    expect(isDateline(line)).toBe(false);
  });
});

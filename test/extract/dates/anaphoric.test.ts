/**
 * Anaphoric dates: counted from the last date said that is precise enough, else from
 * publication. Our own sentences; published Monday 2023-02-13 unless said.
 */
import { describe, expect, it } from 'vitest';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('anaphoric dates', () => {
  it.each<Row>([
    ['The ferry ran aground on Jan. 5. Divers inspected the hull the same day.', PUB, [['Jan. 5', '2023-01-05'], ['the same day', '2023-01-05']]],
    ['The ferry ran aground on Jan. 5. That day, the port closed.', PUB, [['Jan. 5', '2023-01-05'], ['That day', '2023-01-05']]],
    ['The line reopened on Jan. 5, and freight resumed the following week.', PUB, [['Jan. 5', '2023-01-05'], ['the following week', '2023-W02']]],
    ['Sales fell 12% last month from the previous year.', PUB, [['last month', '2023-01'], ['the previous year', '2022']]],
    ['In 2019 the yard built four ships; the following year it built none.', PUB, [['2019', '2019'], ['the following year', '2020']]],
    ['Losses for the fourth quarter of 2021 were small, but the entire year was bad.', PUB, [['the fourth quarter of 2021', '2021-Q4'], ['the entire year', '2021']]],
    ['Traffic was up 3% on the year before.', PUB, [['the year before', '2022']]],
    ['No date is said: the port closed the same day.', PUB, [['the same day', '2023-02-13']]],
    ['The index fell 2% on Friday to end the day at 7,100.', PUB, [['Friday', '2023-02-10'], ['the day', '2023-02-10']]],
    ['Shares recovered late in the day.', PUB, [['late in the day', '2023-02-13']]],
    ['For the day, the index lost 1%.', PUB, [['the day', '2023-02-13']]],
    ['Orders slowed at the start of the year.', PUB, [['the start of the year', '2023']]],
    ['The ferry sank the same day.', null, [['the same day', 'XXXX-XX-XX']]],
    // no publication date: the anchor's own partial value, when no units are counted from it
    ['The October 31 flight was routine; nobody knew who flew that day.', null, [['October 31', 'XXXX-10-31'], ['that day', 'XXXX-10-31']]],
    ['The ferry sank on October 31. The next day the port closed.', null, [['October 31', 'XXXX-10-31'], ['The next day', 'XXXX-XX-XX']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('resolves them with their own rule id and a note when nothing pins them', () => {
    const [m] = extract('The ferry sank the same day.', null);
    expect([m.ruleId, m.notes]).toEqual(['date.anaphoric', ['unresolved-relative']]);
    expect(extract('Sales fell from the previous year.')[0].granularity).toBe('year');
  });
});

describe('not anaphoric dates', () => {
  it.each<[string, string]>([
    ['Traffic fell the year before the crash.', '"before" an event: counted from the event'],
    ['He remembers the day the ship sank.', '"the day" with no frame'],
    ['Crews work during the day.', 'generic'],
    ['It was a long week.', 'no anaphoric phrase'],
  ])('%s (%s)', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

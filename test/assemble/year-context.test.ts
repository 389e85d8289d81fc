import { describe, expect, it } from 'vitest';
import { yearFromContext } from '../../src/assemble/year-context.ts';
import type { DateMention } from '../../src/extract/types.ts';

const date = (text: string, value: string, granularity: DateMention['granularity'], start: number, sentence = 0): DateMention =>
  ({ kind: 'date', text, value, granularity, start, end: start + text.length, sentence, ruleId: 'test', timexType: granularity === 'time' ? 'TIME' : 'DATE' });

describe('yearFromContext', () => {
  it('a yearless day takes the year of the same month named with a year earlier', () => {
    const out = yearFromContext([date('March 2014', '2014-03', 'month', 10), date('March 12th', '2015-03-12', 'day', 200, 3), date('9:30 a.m.', '2015-03-12T09:30', 'time', 180, 3)]);
    expect(out.map((d) => d.value)).toEqual(['2014-03', '2014-03-12', '2014-03-12T09:30']);
  });
  it.each([
    ['another month', [date('April 2014', '2014-04', 'month', 10), date('March 12th', '2015-03-12', 'day', 200)]],
    ['years further apart', [date('March 2011', '2011-03', 'month', 10), date('March 12th', '2015-03-12', 'day', 200)]],
    ['the dated mention comes later', [date('March 12th', '2015-03-12', 'day', 10), date('March 2014', '2014-03', 'month', 200)]],
    ['the day has its own year', [date('March 2014', '2014-03', 'month', 10), date('March 12, 2015', '2015-03-12', 'day', 200)]],
  ])('unchanged when %s', (_, dates) => {
    expect(yearFromContext(dates).map((d) => d.value)).toEqual(dates.map((d) => d.value));
  });
});

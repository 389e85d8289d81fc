import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, formatIsoWeek, isValidYMD, parseYMD, weekdayOf } from '../../../src/extract/dates/calendar.ts';

const d = (s: string) => parseYMD(s)!;

describe('calendar (UTC arithmetic)', () => {
  it.each([
    ['2023-02-13', -2, '2023-02-11'],
    ['2023-01-01', -1, '2022-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-03-26', 1, '2023-03-27'], // a DST change in Europe: no effect
  ])('addDays(%s, %i) = %s', (from, n, to) => {
    expect(addDays(d(from), n)).toEqual(d(to));
  });

  it.each([
    ['2023-02-13', 1], ['2023-02-11', 6], ['2023-02-12', 0], ['2022-12-14', 3],
  ])('weekdayOf(%s) = %i', (s, w) => expect(weekdayOf(d(s))).toBe(w));

  it.each([
    ['2023-02-13', '2023-W07'], ['2023-02-20', '2023-W08'], ['2023-01-01', '2022-W52'], ['2020-12-31', '2020-W53'], ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (s, w) => expect(formatIsoWeek(d(s))).toBe(w));

  it('months, years, validity, distances', () => {
    expect(addMonths(2023, 2, -2)).toEqual({ year: 2022, month: 12 });
    expect(addMonths(2023, 12, 1)).toEqual({ year: 2024, month: 1 });
    expect(addYears(d('2024-02-29'), -1)).toEqual(d('2023-02-28'));
    expect(isValidYMD({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidYMD({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(daysBetween(d('2022-12-14'), d('2023-02-13'))).toBe(61);
    expect(parseYMD('2023-02')).toBeNull();
    expect(parseYMD(null)).toBeNull();
  });
});

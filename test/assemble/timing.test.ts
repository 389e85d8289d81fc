import { describe, expect, it } from 'vitest';
import { compatibleDates, dayInterval, daysApart, granularityRank, reportedBy } from '../../src/assemble/timing.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('dayInterval', () => {
  it.each([
    ['2013', '2013-01-01', '2013-12-31'],
    ['2013-07', '2013-07-01', '2013-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2013-07-06', '2013-07-06', '2013-07-06'],
    ['2013-12-01T07:20-05:00', '2013-12-01', '2013-12-01'],
    ['2013-W27', '2013-07-01', '2013-07-07'],
    ['2013-W48-WE', '2013-11-30', '2013-12-01'],
    ['≤2023-02-11', '2023-02-08', '2023-02-11'],
  ])('%s covers %s to %s', (v, a, b) => {
    expect(dayInterval(v)).toEqual([day(a), day(b)]);
  });
  it.each([['XXXX-10-31'], ['PT10H'], ['']])('%s cannot be placed', (v) => {
    expect(dayInterval(v)).toBeNull();
  });
});

describe('compatibleDates', () => {
  it.each([
    ['2013', '2013-12-01', 'a year holds its days'],
    ['2017-06-16', '2017-06-17', 'one day apart: time zones'],
    ['2013-W27', '2013-07-06', 'the week holds the day'],
    ['≤2023-02-11', '2023-02-10', 'reported Saturday, happened Friday'],
    ['XXXX-10-31', '2014-06-01', 'an unplaceable value never clashes'],
  ])('%s ~ %s (%s)', (a, b) => {
    expect(compatibleDates(a, b)).toBe(true);
  });
  it.each([
    ['2026-08-11', '2026-08-14', 'Tuesday and Friday are two events'],
    ['2020-08', '2020-09-28', 'last month is not this afternoon'],
    ['2017-06-16', '2017-08-21', 'two months apart'],
    ['2013-05', '2013-12-01', 'May is not December'],
    ['2016-03', '2016-04-03', '"last month" is not the 3rd of this month'],
    ['≤2023-02-11', '2022-12-14', 'a report in February does not date a December leak'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(compatibleDates(a, b)).toBe(false);
  });
  it('an incident that shares a vehicle may go on for days', () => {
    expect(compatibleDates('2026-03-10', '2026-03-16', true)).toBe(true);
    expect(compatibleDates('2026-03-10', '2026-03-16', false)).toBe(false);
  });
});

describe('daysApart and granularityRank', () => {
  it('overlapping intervals are 0 days apart', () => {
    expect(daysApart('2013-07', '2013-07-15')).toBe(0);
    expect(daysApart('2013-07-31', '2013-08-02')).toBe(2);
  });
  it('ranks day < week < month < year', () => {
    expect(['2013-07-06', reportedBy('2013-07-06'), '2013-W27', '2013-07', '2013'].map(granularityRank)).toEqual([0, 0, 1, 2, 3]);
  });
});

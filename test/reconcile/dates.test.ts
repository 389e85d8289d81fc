import { describe, expect, it } from 'vitest';
import { consistentValues, coreDates, dateRelation, dayValue, dayValues, placeYearless, specificity, yearlessRelation, yearlessValues } from '../../src/reconcile/dates.ts';

describe('dayValue', () => {
  it.each([
    ['2026-03-10T04:12+00:00', '2026-03-10', 'day'],
    ['2026-03', '2026-03', 'month'],
    ['2026', '2026', 'year'],
  ])('%s → %s (%s)', (v, value, gran) => expect(dayValue(v)).toMatchObject({ value, gran }));
  it.each([['XXXX-12-14'], ['XXXX-WXX-5'], ['2026-W13'], ['PT10H']])('%s says nothing', (v) => expect(dayValue(v)).toBeNull());
});

describe('dateRelation', () => {
  const rel = (a: string[], b: string[]) => dateRelation(dayValues(a), dayValues(b));
  it('a day and the month holding it agree to the month', () => expect(rel(['2026-03'], ['2026-03-10'])).toMatchObject({ kind: 'agree', gran: 'month' }));
  it('two days one apart agree (zones, late night)', () => expect(rel(['2026-01-28'], ['2026-01-29'])).toMatchObject({ kind: 'agree', gran: 'day' }));
  it('the best pair counts', () => expect(rel(['2025-12-30', '2026-01-20'], ['2025-12-30'])).toMatchObject({ kind: 'agree', gran: 'day' }));
  it('two days weeks apart cannot both hold', () => expect(rel(['2026-03-21'], ['2026-05-21'])).toMatchObject({ kind: 'apart', days: 61 }));
  it('a missing side says nothing', () => expect(rel([], ['2026-05-21'])).toEqual({ kind: 'none' }));
});

describe('consistentValues (granularity)', () => {
  const yes: [string, string][] = [
    ['2026-03', '2026-03-10'],
    ['2026-03-10', '2026-03-10T04:12+00:00'],
    ['2026-03-10T04:12+00:00', '2026-03-10T05:12+01:00'], // one instant
    ['XXXX-12-14', '2025-12-14'],
  ];
  const no: [string, string][] = [
    ['2026-03-10T04:12+00:00', '2026-03-10T04:40+00:00'],
    ['2026-03-10', '2026-03-12'],
    ['2026-02', '2026-03-01'],
  ];
  it.each(yes)('%s ~ %s', (a, b) => expect(consistentValues(a, b)).toBe(true));
  it.each(no)('%s ≁ %s', (a, b) => expect(consistentValues(a, b)).toBe(false));
  it('a minute is more specific than a day', () => expect(specificity('2026-03-10T04:12Z')).toBeGreaterThan(specificity('2026-03-10')));
});

describe('coreDates: a main incident keeps its freshest group of dates', () => {
  const core = (vs: string[], main: boolean, published: string | null) => coreDates(dayValues(vs), main, published, 45).map((d) => d.value);
  it('drops a date two months older than the fresh ones', () => expect(core(['2025-12-14', '2026-02-11', '2026-02-15'], true, '2026-02-16')).toEqual(['2026-02-11', '2026-02-15']));
  it('ignores dates after publication when choosing', () => expect(core(['2026-01-10', '2026-06-01'], true, '2026-01-12')).toEqual(['2026-01-10']));
  it('background incidents keep every date', () => expect(core(['2025-12-14', '2026-02-15'], false, '2026-02-16')).toEqual(['2025-12-14', '2026-02-15']));
  it('one group is kept whole', () => expect(core(['2026-02-11', '2026-02-15'], true, '2026-02-16')).toEqual(['2026-02-11', '2026-02-15']));
});

describe('yearlessRelation: a month or day written without its year', () => {
  const rel = (a: string[], b: string[]) => yearlessRelation(dayValues(a), yearlessValues(a), dayValues(b), yearlessValues(b));
  it('reads the month and day of XXXX values', () => expect(yearlessValues(['XXXX-01', 'XXXX-12-14', '2026-03-10', 'XXXX-WXX-5'])).toEqual(['01', '12-14']));
  it('January is far from 8 October in any year', () => expect(rel(['XXXX-01'], ['2011-10-08'])).toMatchObject({ kind: 'apart', days: 85 }));
  it('30 December agrees with 31 December across the new year', () => expect(rel(['XXXX-12-30'], ['2012-12-31'])).toMatchObject({ kind: 'agree', gran: 'day' }));
  it('1 January agrees with 31 December of the year before', () => expect(rel(['2011-12-31'], ['XXXX-01-01'])).toMatchObject({ kind: 'agree', gran: 'day' }));
  it('two yearless values compare around the calendar', () => expect(rel(['XXXX-09'], ['XXXX-11-19'])).toMatchObject({ kind: 'apart', days: 50 }));
  it('a side with a dated value ignores its yearless ones', () => expect(rel(['XXXX-01', '2011-10-09'], ['2011-10-08'])).toMatchObject({ kind: 'agree', gran: 'day' }));
  it('a bare year gives the yearless side no year to try', () => expect(rel(['XXXX-01'], ['2008'])).toEqual({ kind: 'none' }));
  it('no yearless value: the ordinary comparison', () => expect(rel(['2026-03'], ['2026-03-10'])).toMatchObject({ kind: 'agree', gran: 'month' }));
});

describe('placeYearless: a yearless value takes the year of the incident\'s own dates', () => {
  it('beside a day of the same month', () => expect(placeYearless(['2011-11-14', 'XXXX-11-10'])).toEqual(['2011-11-14', '2011-11-10']));
  it('across the new year', () => expect(placeYearless(['XXXX-12-30', '2009-01-02'])).toEqual(['2008-12-30', '2009-01-02']));
  it('a month anchors too', () => expect(placeYearless(['2013-09', 'XXXX-10'])).toEqual(['2013-09', '2013-10']));
  it('a bare year anchors nothing', () => expect(placeYearless(['1991', 'XXXX-11'])).toEqual(['1991', 'XXXX-11']));
  it('without a dated value it stays yearless', () => expect(placeYearless(['XXXX-01'])).toEqual(['XXXX-01']));
  it('other values are left alone', () => expect(placeYearless(['2026-03-10T04:12+00:00', 'PT10H'])).toEqual(['2026-03-10T04:12+00:00', 'PT10H']));
});

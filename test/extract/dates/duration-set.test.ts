import { describe, expect, it } from 'vitest';
import { durationValue } from '../../../src/extract/dates/rules/duration-rule.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

// Values are ISO 8601 / TimeML: hours and minutes take the "T" ("PT10H"), so that "P10M" can
// only mean ten months and "PT10M" ten minutes.
describe('durationValue', () => {
  it.each<[number | 'X', Parameters<typeof durationValue>[1], string]>([
    [10, 'hour', 'PT10H'], [30, 'minute', 'PT30M'], [2, 'month', 'P2M'], [3, 'day', 'P3D'],
    [1, 'week', 'P1W'], [2, 'decade', 'P20Y'], [1.5, 'hour', 'PT1.5H'], ['X', 'day', 'PXD'],
  ])('%s %s → %s', (n, unit, value) => expect(durationValue(n, unit)).toBe(value));
});

describe('durations', () => {
  it.each<Row>([
    ['The fire burned for 10 hours.', PUB, [['10 hours', 'PT10H']]],
    ['It took two months.', PUB, [['two months', 'P2M']]],
    ['a three-day mission', PUB, [['three-day', 'P3D']]],
    ['a 24-hour watch', PUB, [['24-hour', 'PT24H']]],
    ['It stopped for a day.', PUB, [['a day', 'P1D']]],
    ['It lasted several days.', PUB, [['several days', 'PXD']]],
    ['It lasted 1.5 hours.', PUB, [['1.5 hours', 'PT1.5H']]],
    ['over the past two decades', PUB, [['over the past two decades', 'P20Y']]], // TimeML keeps the period words and the approximation
    // A date, not a duration.
    ['It leaked two days ago.', PUB, [['two days ago', '2023-02-11']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a DURATION by date.duration', () => {
    const [m] = extract('The fire burned for 10 hours.');
    expect([m.timexType, m.granularity, m.ruleId]).toEqual(['DURATION', 'duration', 'date.duration']);
  });
});

describe('sets', () => {
  it.each<Row>([
    ['They meet every week.', PUB, [['every week', 'P1W']]],
    ['a weekly meeting', PUB, [['weekly', 'P1W']]],
    ['It is checked daily.', PUB, [['daily', 'P1D']]],
    ['every two weeks', PUB, [['every two weeks', 'P2W']]],
    ['every other day', PUB, [['every other day', 'P2D']]],
    ['twice a day', PUB, [['twice a day', 'P1D']]],
    ['every Monday', PUB, [['every Monday', 'XXXX-WXX-1']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a SET by date.set', () => {
    const [m] = extract('They meet every week.');
    expect([m.timexType, m.granularity, m.ruleId]).toEqual(['SET', 'set', 'date.set']);
  });
});

describe('durations: counted stretches, vague sizes, approximations', () => {
  it.each<Row>([
    ['Shares fell for the past five trading days.', PUB, [['the past five trading days', 'P5D']]],
    ['Output will grow over the next four years.', PUB, [['over the next four years', 'P4Y']]],
    ['It was the worst storm in the past decade.', PUB, [['the past decade', 'P10Y']]],
    ['The yard delivered ten hulls in the first six months.', PUB, [['the first six months', 'P6M']]],
    ['The line lost money for six straight days.', PUB, [['six straight days', 'P6D']]],
    ['The economy shrank for two consecutive quarters.', PUB, [['two consecutive quarters', 'P2Q']]],
    ['The pier has been closed for years.', PUB, [['years', 'PXY']]],
    ['Prices fell in minutes.', PUB, [['minutes', 'PTXM']]],
    ['Traffic has grown in recent years.', PUB, [['recent years', 'PXY']]],
    ['Crews kept the fleet running over the years.', PUB, [['over the years', 'PXY']]],
    ['The decades-long dispute ended.', PUB, [['decades-long', 'PXY']]],
    ['The launch is almost two and a half years late.', PUB, [['almost two and a half years', 'P2.5Y']]],
    ['The index hit a one-year high.', PUB, [['one-year', 'P1Y']]],
    ['It was the worst single-day fall.', PUB, [['single-day', 'P1D']]],
    ['The order came a day after the crash.', PUB, [['a day', 'P1D']]],
    ['The ferry was idle for nearly five months.', PUB, [['nearly five months', 'P5M']]],
    ['The repair took more than a week.', PUB, [['more than a week', 'P1W']]],
  ])('%s', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['Shares traded after hours.', 'a market session'],
    ['The crash came in the early hours of the morning.', 'no lead word before "hours"'],
    ['Read the minutes of the meeting.', 'a record'],
    ['The first day of the trial was short.', 'an ordinal day, no count'],
    ['Three quarters of the fleet is idle.', 'a fraction'],
    ['It rose for a second consecutive day.', 'an ordinal, not a second'],
    ['In the years after the crash, fares rose.', '"in the years" opens a clause about an event'],
  ])('no duration in: %s (%s)', (text) => {
    expect(extract(text).filter((m) => m.timexType === 'DURATION')).toEqual([]);
  });
});

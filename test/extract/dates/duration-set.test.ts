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
    ['over the past two decades', PUB, [['two decades', 'P20Y']]],
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

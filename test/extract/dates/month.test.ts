import { describe, expect, it } from 'vitest';
import { parseYMD } from '../../../src/extract/dates/calendar.ts';
import { resolveMonth } from '../../../src/extract/dates/resolve/month.ts';
import type { Direction } from '../../../src/extract/dates/resolve/direction.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('resolveMonth (published February 2023)', () => {
  it.each<[number, Direction, number]>([
    [12, 'unknown', 2022],
    [2, 'unknown', 2023],
    [3, 'unknown', 2023], // eleven months back, no past cue: the coming March
    [3, 'past', 2022],
    [7, 'last', 2022],
    [1, 'last', 2023],
    [2, 'last', 2022],
    [7, 'next', 2023],
    [2, 'next', 2024],
    [7, 'this', 2023],
    [1, 'future', 2024],
  ])('month %i, %s → %i', (month, dir, year) => {
    expect(resolveMonth(month, parseYMD(PUB)!, dir)).toBe(year);
  });
});

describe('months in text', () => {
  it.each<Row>([
    ['A similar incident happened in December with the Soyuz crew capsule.', PUB, [['December', '2022-12']]],
    ['It happened last July.', PUB, [['last July', '2022-07']]],
    ['The launch is planned for next March.', PUB, [['next March', '2023-03']]],
    ['It will fly this July.', PUB, [['this July', '2023-07']]],
    ['It flew in December 2021.', PUB, [['December 2021', '2021-12']]],
    ['It happened in December.', null, [['December', 'XXXX-12']]],
    ['It happened in late December.', PUB, [['late December', '2022-12']]],
    ['It happened in mid-December.', PUB, [['mid-December', '2022-12']]],
    ['The December leak was worse.', PUB, [['December', '2022-12']]],
    ['In December Soyuz leaked.', PUB, [['December', '2022-12']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a month, by date.month or date.month-year', () => {
    expect(extract('It happened in December.').map((m) => [m.ruleId, m.granularity])).toEqual([['date.month', 'month']]);
    expect(extract('It happened in December 2021.').map((m) => [m.ruleId, m.granularity])).toEqual([['date.month-year', 'month']]);
  });
});

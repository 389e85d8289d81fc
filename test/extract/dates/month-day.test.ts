import { describe, expect, it } from 'vitest';
import { parseYMD } from '../../../src/extract/dates/calendar.ts';
import { resolveMonthDay } from '../../../src/extract/dates/resolve/month-day.ts';
import type { Direction } from '../../../src/extract/dates/resolve/direction.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('resolveMonthDay (published 2023-02-13)', () => {
  it.each<[number, number, Direction, number]>([
    [12, 14, 'unknown', 2022],
    [2, 13, 'unknown', 2023], // publication day itself
    [2, 11, 'past', 2023],
    [2, 20, 'unknown', 2023], // 358 days back without a past cue: the coming one
    [2, 20, 'past', 2022],
    [3, 20, 'unknown', 2022], // 330 days back: inside the window
    [12, 14, 'future', 2023],
    [2, 13, 'future', 2023],
    [2, 29, 'past', 2020], // leap day: the nearest leap year back
    [2, 29, 'unknown', 2024], // flipped forward, so the next leap year
  ])('%i/%i %s → %i', (m, d, dir, year) => {
    expect(resolveMonthDay(m, d, parseYMD(PUB)!, dir)).toBe(year);
  });
});

describe('month and day without a year', () => {
  it.each<Row>([
    ['The leak began on Dec. 14.', PUB, [['Dec. 14', '2022-12-14']]],
    ['The leak began on Dec. 14.', null, [['Dec. 14', 'XXXX-12-14']]],
    ['The spacewalk is scheduled for Dec. 14.', PUB, [['Dec. 14', '2023-12-14']]],
    ['The launch is set for Feb. 20.', PUB, [['Feb. 20', '2023-02-20']]],
    ['The launch, planned for Feb. 20, should go ahead.', PUB, [['Feb. 20', '2023-02-20']]],
    ['The launch happened Feb. 20.', PUB, [['Feb. 20', '2022-02-20']]],
    ['the Sept. 11 attacks', PUB, [['Sept. 11', '2022-09-11']]],
    ['the Soyuz spacecraft, which launched on Sept. 21 from the Baikonur Cosmodrome', PUB, [['Sept. 21', '2022-09-21']]],
    ['the planned spacewalk aboard the ISS on Dec. 14 evening was canceled', PUB, [['Dec. 14 evening', '2022-12-14']]],
    ['On Feb 11th it leaked.', PUB, [['Feb 11th', '2023-02-11']]],
    ['It leaked on the 11th of February.', PUB, [['11th of February', '2023-02-11']]],
    ['It leaked on May 5.', PUB, [['May 5', '2022-05-05']]],
    ['It leaked on Feb. 29.', PUB, [['Feb. 29', '2020-02-29']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('is a day, by date.month-day', () => {
    const [m] = extract('It leaked on Dec. 14.');
    expect([m.ruleId, m.granularity, m.timexType]).toEqual(['date.month-day', 'day', 'DATE']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseYMD, formatYMD } from '../../../src/extract/dates/calendar.ts';
import { resolveWeekday } from '../../../src/extract/dates/resolve/weekday.ts';
import type { Direction } from '../../../src/extract/dates/resolve/direction.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('resolveWeekday (published Monday 2023-02-13)', () => {
  it.each<[number, Direction, string]>([
    [6, 'unknown', '2023-02-11'], // Saturday: the one just past
    [1, 'unknown', '2023-02-13'], // same weekday as publication = publication day
    [0, 'past', '2023-02-12'],
    [2, 'unknown', '2023-02-07'],
    [6, 'future', '2023-02-18'],
    [1, 'future', '2023-02-20'],
    [1, 'next', '2023-02-20'],
    [1, 'last', '2023-02-06'],
    [6, 'last', '2023-02-11'],
    [6, 'this', '2023-02-18'], // same Monday–Sunday week
    [1, 'this', '2023-02-13'],
  ])('weekday %i, %s → %s', (weekday, dir, expected) => {
    expect(formatYMD(resolveWeekday(weekday, parseYMD(PUB)!, dir))).toBe(expected);
  });

  it('crosses a year', () => {
    expect(formatYMD(resolveWeekday(5, parseYMD('2023-01-02')!, 'unknown'))).toBe('2022-12-30');
  });
});

describe('weekdays in text', () => {
  it.each<Row>([
    ['The Russian space corporation and NASA reported Saturday.', PUB, [['Saturday', '2023-02-11']]],
    ['The ship docked Monday.', PUB, [['Monday', '2023-02-13']]],
    ['It leaked on Sunday.', PUB, [['Sunday', '2023-02-12']]],
    ['NASA will launch next Saturday.', PUB, [['next Saturday', '2023-02-18']]],
    ['On Saturday the crew will unload the ship.', PUB, [['Saturday', '2023-02-18']]],
    ['The launch is scheduled for Saturday.', PUB, [['Saturday', '2023-02-18']]],
    ['NASA plans to launch the ship Saturday.', PUB, [['Saturday', '2023-02-18']]],
    ['NASA said Saturday it will investigate.', PUB, [['Saturday', '2023-02-11']]],
    ['The launch was scheduled for Saturday but was scrubbed.', PUB, [['Saturday', '2023-02-11']]],
    ["NASA's planned spacewalk on Saturday was called off.", PUB, [['Saturday', '2023-02-11']]],
    ['It leaked last Monday.', PUB, [['last Monday', '2023-02-06']]],
    ['It happened early Thursday.', PUB, [['early Thursday', '2023-02-09']]],
    ['It happened Thursday evening.', PUB, [['Thursday evening', '2023-02-09']]],
    ['The crew rested over the weekend.', PUB, [['weekend', '2023-W06-WE']]],
    ['Saturday the ship docked.', null, [['Saturday', 'XXXX-WXX-6']]],
    ['Sunday the ship docked.', null, [['Sunday', 'XXXX-WXX-7']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('names the rule and the granularity', () => {
    const [past] = extract('The ship docked Saturday.');
    expect([past.ruleId, past.granularity, past.timexType]).toEqual(['date.weekday-past', 'day', 'DATE']);
    const [future] = extract('The ship will dock Saturday.');
    expect(future.ruleId).toBe('date.weekday-future');
  });
});

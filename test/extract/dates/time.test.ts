import { describe, expect, it } from 'vitest';
import { ZONES } from '../../../src/lexicons/dates.ts';
import { offsetValue } from '../../../src/extract/dates/format.ts';
import { PUB, extract, pairs, type Row } from './helpers.ts';

describe('times with a date', () => {
  it.each<Row>([
    ['The leak reportedly began around 7:45 PM EST on Dec. 14.', PUB, [['7:45 PM EST on Dec. 14', '2022-12-14T19:45-05:00']]],
    ['It leaked on Dec. 14 at 9: 45 PM EST.', PUB, [['Dec. 14 at 9: 45 PM EST', '2022-12-14T21:45-05:00']]],
    ['It fell on Feb. 11 at 0412 GMT.', PUB, [['Feb. 11 at 0412 GMT', '2023-02-11T04:12+00:00']]],
    ['It fell on Feb. 11 at 2300Z.', PUB, [['Feb. 11 at 2300Z', '2023-02-11T23:00+00:00']]],
    ['It fell on Feb. 11 at 1530 hours.', PUB, [['Feb. 11 at 1530 hours', '2023-02-11T15:30']]],
    ['It fell on Feb. 11 at 14:20 local time.', PUB, [['Feb. 11 at 14:20 local time', '2023-02-11T14:20']]],
    ['It fell on Feb. 11 at 10.30pm.', PUB, [['Feb. 11 at 10.30pm', '2023-02-11T22:30']]],
    ['It fell on Feb. 11 at 7 a.m. (IST).', PUB, [['Feb. 11 at 7 a.m. (IST)', '2023-02-11T07:00+05:30']]],
    ['It fell on Feb. 11 at noon.', PUB, [['Feb. 11 at noon', '2023-02-11T12:00']]],
    ['It fell Monday at 3 pm PDT.', PUB, [['Monday at 3 pm PDT', '2023-02-13T15:00-07:00']]],
    ['It leaked on Dec. 14 at 7:45 PM EST.', null, [['Dec. 14 at 7:45 PM EST', 'XXXX-12-14T19:45-05:00']]],
    ['It leaked Saturday at 9 p.m.', null, [['Saturday at 9 p.m.', 'XXXX-WXX-6T21:00']]],
    // Lower case is no zone: "wet" is not WET.
    ['On Feb. 11 at 10:00 wet roads closed.', PUB, [['Feb. 11 at 10:00', '2023-02-11T10:00']]],
    // A bare hour is no time: the day stays.
    ['On Friday at 5 the crew met.', PUB, [['Friday at 5', '2023-02-10']]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('names the zone rule and the granularity', () => {
    const [zoned] = extract('It began at 7:45 PM EST on Dec. 14.');
    expect([zoned.ruleId, zoned.granularity, zoned.timexType]).toEqual(['date.time-zone', 'time', 'TIME']);
    expect(extract('On Feb. 11 at 14:20 local time.')[0].ruleId).toBe('date.time-local');
    expect(extract('On Feb. 11 at 14:20.')[0].ruleId).toBe('date.time');
  });

  it.each(Object.entries(ZONES).filter(([z]) => z !== 'Z'))('zone %s', (zone, minutes) => {
    expect(pairs(`It fell on Feb. 11, 2023 at 9:30 a.m. ${zone}.`)).toEqual([[`Feb. 11, 2023 at 9:30 a.m. ${zone}`, `2023-02-11T09:30${offsetValue(minutes)}`]]);
  });
});

describe('bare times take the day of the anchor', () => {
  it.each<Row>([
    ['The spacewalk on Dec. 14 evening was canceled. Coverage began around 9 p.m. when they suited up.', PUB,
      [['Dec. 14 evening', '2022-12-14'], ['9 p.m.', '2022-12-14T21:00']]],
    ['It docked on Dec. 14. It leaked on Dec. 16. At 9 p.m. NASA called it off.', PUB,
      [['Dec. 14', '2022-12-14'], ['Dec. 16', '2022-12-16'], ['9 p.m.', '2022-12-16T21:00']]],
    ['At 9 p.m., hours after the Dec. 14 launch, the leak began.', PUB, [['9 p.m.', '2022-12-14T21:00'], ['Dec. 14', '2022-12-14']]],
    ['It launched on Dec. 14. The crew slept. They ate. They worked. At 9 p.m. it leaked.', PUB,
      [['Dec. 14', '2022-12-14'], ['9 p.m.', '2022-12-14T21:00']]],
    ['It leaked at 9 p.m. today.', PUB, [['9 p.m. today', '2023-02-13T21:00']]],
    ['It leaked this morning. At 9 a.m. the crew woke.', PUB, [['this morning', '2023-02-13'], ['9 a.m.', '2023-02-13T09:00']]],
    ['It leaked on Dec. 14. At 9: 45 PM EST it was called off.', null, [['Dec. 14', 'XXXX-12-14'], ['9: 45 PM EST', 'XXXX-12-14T21:45-05:00']]],
    // No date before or beside it: dropped rather than "XXXX-XX-XXT21:00".
    ['At 9 p.m. the crew slept.', PUB, []],
    ['It was 0412 GMT when it fell.', PUB, []],
  ])('%s (published %s)', (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });

  it('says where the day came from, and keeps only the zone it states', () => {
    const [, m] = extract('It leaked at 7:45 PM EST on Dec. 14. Around 9 p.m. NASA called it off.');
    expect([m.value, m.ruleId, m.notes]).toEqual(['2022-12-14T21:00', 'date.time-anchor', ['date-from-context']]);
  });
});

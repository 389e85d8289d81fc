/** Decades, short years, seasons and rates: our own sentences. */
import { describe, expect, it } from 'vitest';
import { centuryOf } from '../../../src/extract/dates/rules/decade-rule.ts';
import { seasonYear } from '../../../src/extract/dates/rules/season-rule.ts';
import { pairs, type Row } from './helpers.ts';

const PUB = '2009-04-01';

describe('decades and short years', () => {
  it.each<Row>([
    ['In the 1990s it was fine.', PUB, [['1990s', '199']]],
    ["Fares last fell in the '80s.", PUB, [["'80s", '198']]],
    ['It ended the boxy cars of the 70s and 80s.', PUB, [['70s', '197'], ['80s', '198']]],
    ["The index is at its lowest since '82.", PUB, [["'82", '1982']]],
    ["The line has run since '05.", PUB, [["'05", '2005']]],
  ])('%s', (text, published, expected) => expect(pairs(text, published)).toEqual(expected));

  it('puts a two-digit year in the latest century not after publication', () => {
    expect(centuryOf(82, '2009-04-01')).toBe(19);
    expect(centuryOf(5, '2009-04-01')).toBe(20);
    expect(centuryOf(20, null)).toBe(19);
  });
});

describe('seasons', () => {
  it.each<Row>([
    ['Sales rose in the spring.', PUB, [['spring', '2009-SP']]],
    ['The fall of 2008 was hard.', PUB, [['The fall of 2008', '2008-FA']]],
    ['Last spring the ferry sank.', PUB, [['Last spring', '2008-SP']]],
    ['The line will reopen this summer.', PUB, [['this summer', '2009-SU']]],
    ['Sales rose in the spring.', null, [['spring', 'XXXX-SP']]],
  ])('%s (published %s)', (text, published, expected) => expect(pairs(text, published)).toEqual(expected));

  it('takes the latest season begun by publication, the coming one ahead', () => {
    expect(seasonYear(3, '2009-04-01', 'past')).toBe(2009);
    expect(seasonYear(6, '2009-04-01', 'unknown')).toBe(2008);
    expect(seasonYear(6, '2009-04-01', 'future')).toBe(2009);
    expect(seasonYear(3, '2009-04-01', 'next')).toBe(2010);
  });
});

describe('rates', () => {
  it.each<Row>([
    ['The yard delivers 15 tankers a year.', PUB, [['a year', 'P1Y']]],
    ['Parking costs $5 per day.', PUB, [['per day', 'P1D']]],
    ['The order came a day after the crash.', PUB, [['a day', 'P1D']]], // a length of time, no rate
  ])('%s', (text, published, expected) => expect(pairs(text, published)).toEqual(expected));
});

describe('not seasons', () => {
  it.each<[string]>([
    ['The train left Spring Valley at dawn.'], // a place name
    ['Icing is a danger in the winter Bering Sea fisheries.'], // a modifier of a name
    ['A hot spring fed the pool.'], // water
    ['Shares fall when rates rise.'], // a verb
  ])('%s', (text) => expect(pairs(text, PUB).filter(([, v]) => /-(?:SP|SU|FA|WI)$/.test(v))).toEqual([]));
});

import { describe, expect, it } from 'vitest';
import { datesMatch, peopleMatch, textMatch, typesMatch, vehiclesMatch } from '../../src/eval/match.ts';

describe('eval matching rules', () => {
  it.each([
    ['Sergey Prokopyev', 'Sergei Prokopyev', true],
    ['Prokoopyev', 'Sergey Prokopyev', true],
    ['Dmitry Petelin', 'Dmitri Petelin', true],
    ['Ye Mengyuan', 'Ye Meng Yuan', true],
    ['Frank Rubio', 'Marco Rubio', false],
    ['Frank Rubio', 'Frank Rubin', true],
    ['Anna Smith', 'John Smith', false],
    ['Anna Smith', 'Anna Jones', false],
  ])('people %s ~ %s → %s', (a, b, ok) => expect(peopleMatch(a, b)).toBe(ok));

  it.each([
    ['2013-07-15', '2013-07', true],
    ['2013-12', '2013-12-01', false],
    ['2022-12-14T19:45-05:00', '2022-12-15T00:45Z', true],
    ['2022-12-14T19:45', '2022-12-14T19:45-05:00', true],
    ['2022-12-14', '2022-12-14T19:45-05:00', false],
    ['2015', '2015', true],
  ])('dates %s ~ %s → %s', (p, g, ok) => expect(datesMatch(p, g)).toBe(ok));

  it.each([
    [['USS John S. McCain'], ['uss john s mccain'], true],
    [['Progress MS-21', 'cargo ship'], ['Progress MS 21'], true],
    [['Progress MS-22'], ['Progress MS-21'], false],
  ])('vehicles %j ~ %j → %s', (a, b, ok) => expect(vehiclesMatch(a, b)).toBe(ok));

  it.each([
    ['the planned spacewalk was canceled', 'spacewalk canceled', true],
    ['the crash', 'four people were killed in the crash', false],
    ['Four people were killed in the crash', 'four people killed', true],
    ['hatch locked', 'investigation launched', false],
  ])('text "%s" covers "%s" → %s', (p, g, ok) => expect(textMatch(p, g)).toBe(ok));

  it.each([
    ['coolant leak', 'leak', true],
    ['crash', 'collision', true],
    ['fire', 'derailment', false],
  ])('types %s ~ %s → %s', (a, b, ok) => expect(typesMatch(a, b)).toBe(ok));
});

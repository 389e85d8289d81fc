import { describe, expect, it } from 'vitest';
import { asidePlaces, isPlaceLabel, listedPlaces, residencePlaces } from '../../src/assemble/places.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { doc } from '../helpers.ts';

function mentions(text: string) {
  const d = doc(text, '2026-03-14');
  return { d, m: extractMentions(d) };
}
const names = (s: Set<{ name: string }>) => [...s].map((p) => p.name).sort();

describe('residencePlaces', () => {
  it.each([
    ['The victims were Anna Kowalski, 34, of Denver, and Mark Ruiz, 51, of Seattle.', ['Denver', 'Seattle']],
    ['Passenger Lena Ortiz, of Chicago, said the car shook.', ['Chicago']],
    ['All four students killed were from Brazil.', ['Brazil']],
    ['The owner, a native of Portugal, said the kitchen was empty.', ['Portugal']],
    ['Her father flew in from his home in Boston.', ['Boston']],
    ['The bus crashed in Denver on Monday.', []],
    ['A flight from Chicago crashed on landing.', []],
  ])('%s → %j', (text, expected) => {
    const { d, m } = mentions(text);
    expect(names(residencePlaces(d.text, m.locations, m.people))).toEqual(expected);
  });
});

describe('listedPlaces', () => {
  it.each([
    ['The airline also flies to Japan, Thailand and Cambodia.', ['Cambodia', 'Japan', 'Thailand']],
    ['Crossings in Ohio, Texas, and Nevada were studied.', ['Nevada', 'Ohio', 'Texas']],
    ['Service between Denver and Boulder, Colorado, was halted.', []],
    ['The plant near Wuhan, Hubei, China, exploded.', []],
    ['The ferry sailed between France and Spain.', []],
  ])('%s → %j', (text, expected) => {
    const { d, m } = mentions(text);
    expect(names(listedPlaces(d.text, m.locations))).toEqual(expected);
  });
});

describe('isPlaceLabel', () => {
  it.each([
    ['Riders should use the Harlem line tomorrow.', 'Harlem', true],
    ['A Boston-based firm built the bridge.', 'Boston', true],
    ['Ohio Governor Mary Smith visited the site.', 'Ohio', true],
    ['The train derailed in Ohio yesterday.', 'Ohio', false],
  ])('%s (%s) → %s', (text, place, expected) => {
    const { d, m } = mentions(text);
    const p = m.locations.find((l) => l.name === place)!;
    expect(p).toBeDefined();
    expect(isPlaceLabel(d.text, p)).toBe(expected);
  });
});

describe('asidePlaces', () => {
  it('keeps the place of the incident and drops a victim\'s home town', () => {
    const { d, m } = mentions('A bus overturned in Denver, killing Paul Hart, 40, of Boston.');
    expect(names(asidePlaces(d.text, m.locations, m.people))).toEqual(['Boston']);
  });
});

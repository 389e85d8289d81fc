/**
 * Lookups over the gazetteer (countries, US states, regions, major cities).
 */
import { cities, countries, prepositionOnly, regions, usStates } from '../../lexicons/locations.ts';

export type PlaceKind = 'country' | 'state' | 'region' | 'city';

const KIND = new Map<string, PlaceKind>();
for (const [list, kind] of [
  [countries, 'country'],
  [usStates, 'state'],
  [regions, 'region'],
  [cities, 'city'],
] as const) {
  for (const name of list) if (!KIND.has(name)) KIND.set(name, kind);
}

/** The kind of a gazetteer place written exactly so ("Kazakhstan", "The Bronx"), if any. */
export function gazetteerKind(name: string): PlaceKind | undefined {
  return KIND.get(name.replace(/\s+/g, ' ').trim());
}

export function isGazetteerPlace(name: string): boolean {
  return gazetteerKind(name) !== undefined || prepositionOnly.includes(name);
}

/** Every gazetteer spelling (for building the matching regex). */
export function gazetteerNames(): string[] {
  return [...KIND.keys()];
}

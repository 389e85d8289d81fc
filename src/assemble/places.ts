/**
 * Place mentions that are not where an incident happened, though they sit in its sentences:
 * where a person lives or comes from ("a passenger, 34, of Leeds"), a survey of places ("flies
 * to Oslo, Rome and Madrid"), and a place read as a label ("the Northern line", "Leeds-based",
 * "the Ohio Governor"). The extract stage keeps them (they are places); the assembly leaves
 * them out of the incident's locations.
 */
import type { NamedMention, PersonMention } from '../extract/types.ts';
import { placeAsideAfter, residenceCuesBefore } from '../lexicons/locations.ts';

const WINDOW = 60;

/**
 * Text between a person's name and a place that makes it where the person is from: ", 25, of",
 * " of", ", from", also over a town the extractors did not read (", 19, of Fairview, " before "Ore.").
 */
const AFTER_PERSON = /^,?\s+(?:\d{1,3},\s+)?(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2},\s+)?$/u;

/** "Fairview, Ore." / "Leeds, England": the second place qualifies the first. */
const QUALIFIER_GAP = /^,\s*$/;

/**
 * Places that say where a person lives or comes from: after a name (and age) with "of" or
 * "from", after a cue of origin, or qualifying such a place ("of Fairview, Ore.").
 */
export function residencePlaces(text: string, places: NamedMention[], people: Pick<PersonMention, 'start' | 'end'>[]): Set<NamedMention> {
  const out = new Set<NamedMention>();
  const sorted = [...places].sort((a, b) => a.start - b.start);
  sorted.forEach((p, i) => {
    const before = text.slice(Math.max(0, p.start - WINDOW), p.start);
    const afterPerson = people.some((q) => q.end <= p.start && p.start - q.end <= 40 && AFTER_PERSON.test(text.slice(q.end, p.start)));
    const prev = sorted[i - 1];
    const qualifies = prev !== undefined && out.has(prev) && QUALIFIER_GAP.test(text.slice(prev.end, p.start));
    if (afterPerson || qualifies || residenceCuesBefore.some((re) => re.test(before))) out.add(p);
  });
  return out;
}

/** Gap between two items of a list: a comma, "and", "or", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
const CLOSING_GAP = /\b(?:and|or)\s+$/;

/**
 * Places listed three or more at a time with a closing "and"/"or" ("flights to Oslo, Rome and
 * Madrid"): a survey of places (destinations, markets, states with a problem), not the place
 * of one incident. A comma-only chain ("Wuhan, Hubei, China") is one place, from specific to
 * general, and stays.
 */
export function listedPlaces(text: string, places: NamedMention[]): Set<NamedMention> {
  const out = new Set<NamedMention>();
  const sorted = [...places].sort((a, b) => a.start - b.start);
  let chain: NamedMention[] = [];
  let closed = false;
  const flush = () => {
    if (chain.length >= 3 && closed) for (const p of chain) out.add(p);
    chain = [];
    closed = false;
  };
  for (const p of sorted) {
    const prev = chain[chain.length - 1];
    const gap = prev ? text.slice(prev.end, p.start) : '';
    // after the closing "and", a comma adds a qualifier to the last item ("Leeds and York, England")
    if (prev && prev.sentence === p.sentence && p.start >= prev.end && LIST_GAP.test(gap) && !(closed && QUALIFIER_GAP.test(gap))) {
      chain.push(p);
      if (CLOSING_GAP.test(gap)) closed = true;
    } else {
      flush();
      chain = [p];
    }
  }
  flush();
  return out;
}

/** A place read as a label: a rail line, "X-based", an official's title ("the Ohio Governor"). */
export function isPlaceLabel(text: string, p: Pick<NamedMention, 'end'>): boolean {
  return placeAsideAfter.test(text.slice(p.end, p.end + WINDOW));
}

/** The place mentions an incident's locations leave out. */
export function asidePlaces(text: string, places: NamedMention[], people: Pick<PersonMention, 'start' | 'end'>[]): Set<NamedMention> {
  const out = new Set<NamedMention>([...residencePlaces(text, places, people), ...listedPlaces(text, places)]);
  for (const p of places) if (isPlaceLabel(text, p)) out.add(p);
  return out;
}

/**
 * location.modifier: a place named as a modifier, which says whose, not where: "U.S. automaker
 * GM", "the US government", "Japanese carmakers", "US and Canadian plants".
 * These are handed over apart from locations (`placeModifiers`): no incident is placed by them.
 * Not "US$2.7 billion" (money), "American Airlines" / "Irish Times" (an organisation span over
 * it), "Indian Ocean" (a place span over it), "speaks French" (no word after it), "in the U.S."
 * (a place: the gazetteer's).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, PersonMention } from '../types.ts';
import { abbreviationNotPlaceAfter, demonyms, prepositionOnly } from '../../lexicons/locations.ts';
import { alternation, overlaps, regexHits, storySentences } from '../people/spans.ts';
import { locationMention } from './mention.ts';

const DEMONYMS = new RegExp(`(?<![\\p{L}\\d.-])(?:${alternation(Object.keys(demonyms))})(?=\\s+(?:and\\s+|or\\s+)?[\\p{L}])`, 'gdu');
const ABBREVIATIONS = new RegExp(`(?<![\\p{L}\\d.-])(?:${alternation(prepositionOnly)})(?![\\p{L}\\d])`, 'gdu');

/** The country an abbreviation or demonym names ("U.S." stays as written: the gazetteer's canonical forms differ). */
export const modifierName = (text: string): string => demonyms[text.replace(/\s+/g, ' ')] ?? text;

/** A country abbreviation used as a modifier: followed by a word, not by money or a hyphen. */
export function isModifierAbbreviation(after: string): boolean {
  return !abbreviationNotPlaceAfter.test(after) && /^(?:['’]s)?\s+[\p{L}]/u.test(after);
}

export function placeModifierMentions(doc: ExtractDoc, taken: { locations: NamedMention[]; organizations: NamedMention[]; people: PersonMention[] }): NamedMention[] {
  const sentences = storySentences(doc);
  const hits = [
    ...regexHits(doc, DEMONYMS, sentences),
    ...regexHits(doc, ABBREVIATIONS, sentences).filter((h) => isModifierAbbreviation(doc.text.slice(h.end, h.end + 12))),
  ];
  const spans: { start: number; end: number }[] = [...taken.locations, ...taken.organizations, ...taken.people.filter((p) => !p.excluded)];
  return hits
    .filter((h) => !spans.some((s) => overlaps(s, h)))
    .map((h) => locationMention(doc, h, 'location.modifier', modifierName(h.text)))
    .sort((a, b) => a.start - b.start);
}

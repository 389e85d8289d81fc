/**
 * location.gazetteer: countries, US states, regions and major cities by name.
 *   "Plesetsk Cosmodrome in Russia" → "Russia" (the cosmodrome is the facility rule's)
 *   "in the U.S." → "U.S." (abbreviations only after a preposition)
 * Not: "Whitney Houston" (a first name before it), "the U.S. agency" (an adjective: see
 * modifier.ts), "of US$2.7 billion", "from the U.S. dollar" (money).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { prepositionOnly } from '../../lexicons/locations.ts';
import { alternation, hasTag, regexHits, sentenceTerms, storySentences } from '../people/spans.ts';
import { gazetteerNames } from './gazetteer.ts';
import { locationMention } from './mention.ts';

const NAMES = gazetteerNames();
const CANONICAL = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
const NAMES_RE = new RegExp(
  `(?<![\\p{L}\\d.-])(?:${alternation(NAMES).replace(/The\\s\+/g, '[Tt]he\\s+')})(?![\\p{L}\\d]|-\\d)`,
  'gdu',
);
const ABBREVIATIONS_RE = new RegExp(
  `(?<=\\b(?:in|to|from|across|throughout|into|within|outside|around|of|left|leave|leaving|entered|visit|visited)\\s+(?:the\\s+)?)(?:${alternation(prepositionOnly)})(?![\\p{L}\\d$])(?!\\s+dollars?\\b)`,
  'gdu',
);

/** "Anchorage" opening a sentence may be the common noun: trust it only when compromise reads a place. */
function placeTagged(doc: ExtractDoc, sentence: number, start: number): boolean {
  const t = sentenceTerms(doc, sentence).find((x) => x.start === start);
  return Boolean(t && hasTag(t, 'Place', 'City', 'Country', 'Region'));
}

/** A first name right before the match makes it a surname ("Whitney Houston"). */
function afterFirstName(doc: ExtractDoc, sentence: number, start: number): boolean {
  const terms = sentenceTerms(doc, sentence);
  const k = terms.findIndex((t) => t.start === start);
  const prev = terms[k - 1];
  return Boolean(prev && /^\s+$/.test(prev.post) && hasTag(prev, 'FirstName', 'Honorific'));
}

export function gazetteerMentions(doc: ExtractDoc): NamedMention[] {
  const sentences = storySentences(doc);
  const out: NamedMention[] = [];
  for (const hit of regexHits(doc, NAMES_RE, sentences)) {
    if (afterFirstName(doc, hit.sentence, hit.start)) continue;
    if (hit.start === doc.sentences[hit.sentence].start && !/\s/.test(hit.text) && !placeTagged(doc, hit.sentence, hit.start)) continue;
    const name = CANONICAL.get(hit.text.replace(/\s+/g, ' ').toLowerCase()) ?? hit.text;
    out.push(locationMention(doc, hit, 'location.gazetteer', name));
  }
  for (const hit of regexHits(doc, ABBREVIATIONS_RE, sentences)) out.push(locationMention(doc, hit, 'location.gazetteer'));
  return out;
}

export const gazetteerRule: Rule<NamedMention> = {
  id: 'location.gazetteer',
  description: "countries, states, regions, major cities: 'Kazakhstan', 'Moscow', 'in the U.S.'",
  extract: gazetteerMentions,
};

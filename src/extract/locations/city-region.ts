/**
 * location.city-region: "Town, Country" or "Town, State" names a town the gazetteer need not know.
 *   "southwest of Sasebo, Japan" → "Sasebo"; "in Altoona, Pennsylvania" → "Altoona"
 * Not: "Smith, 46, of Texas" (a number between), "Officials, Japan said" (a common word: compromise
 * tags it a plural or a verb), a first word of a sentence that is not a proper noun.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { alternation, hasTag, regexHits, sentenceTerms, storySentences } from '../people/spans.ts';
import { countries, usStates } from '../../lexicons/locations.ts';
import { locationMention } from './mention.ts';

const WORD = `\\p{Lu}[\\p{L}'’.-]*`;
const CITY_REGION_RE = new RegExp(
  `(?<![\\p{L}])(?<town>${WORD}(?:\\s+${WORD}){0,2}),\\s+(?:${alternation([...countries, ...usStates])})(?![\\p{L}])`,
  'gdu',
);
const NOT_TOWN = ['Verb', 'Plural', 'Adjective', 'Pronoun', 'Determiner', 'Date', 'Value', 'Organization', 'Demonym'];

export function cityRegionMentions(doc: ExtractDoc): NamedMention[] {
  const out: NamedMention[] = [];
  for (const hit of regexHits(doc, CITY_REGION_RE, storySentences(doc))) {
    const town = hit.groups.town!;
    const terms = sentenceTerms(doc, hit.sentence).filter((t) => t.start >= town.start && t.end <= town.end);
    if (terms.length === 0 || terms.some((t) => hasTag(t, ...NOT_TOWN) && !hasTag(t, 'Place', 'ProperNoun'))) continue;
    out.push(locationMention(doc, town, 'location.city-region'));
  }
  return out;
}

export const cityRegionRule: Rule<NamedMention> = {
  id: 'location.city-region',
  description: "'Town, Country' names a town: 'Sasebo, Japan' → 'Sasebo'",
  extract: cityRegionMentions,
};

/**
 * org.compromise: compromise's `organizations()`, keeping only real names.
 * Dropped: generic descriptions with lowercase words ("International Space Station systems",
 * "Soyuz crew", "American agency"), single letters (the "U" of a split "U.S."), places and the
 * space station ("ISS" is a place and a vehicle), facilities ("San Francisco General Hospital" is
 * a location), a bare designation word, and one word known only by the capital that opens its
 * sentence ("Stock markets fell").
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { orgConnectors } from '../../lexicons/organizations.ts';
import { vesselPrefixes } from '../../lexicons/people.ts';
import { nameTail } from '../locations/mention.ts';
import { facilityWords, spaceStationAliases } from '../../lexicons/locations.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { looksLikeOrg } from './lexicon.ts';
import { alternation, hasTag, isCapitalised, sentenceTerms, nameSentences } from '../people/spans.ts';
import { escapeRegex } from '../shared/regex.ts';
import { namedMention } from './mention.ts';

const CONNECTORS = new Set(orgConnectors);
const STATION = new Set(spaceStationAliases);
const VESSEL_PREFIX = new Set(vesselPrefixes);
const FACILITY_END = new RegExp(`(?:^|\\s)(?:${alternation(facilityWords.map((f) => f.word))})$`);

/** Why compromise's candidate is not an organisation name, or undefined when it is one. */
export function notAnOrgName(text: string): string | undefined {
  const words = text.split(/\s+/);
  if (text.replace(/[^\p{L}]/gu, '').length < 2) return 'too short';
  if (words.some((w) => !/^[\p{Lu}\d&]/u.test(w) && !CONNECTORS.has(w))) return 'generic description';
  if (CONNECTORS.has(words[words.length - 1]) || CONNECTORS.has(words[0])) return 'cut name'; // "Doe &"
  if (words.length > 1 && words.includes('and') && words.slice(0, words.indexOf('and')).join(' ').match(/^[A-Z]{2,}$/)) return 'two names';
  if (STATION.has(text) || isGazetteerPlace(text)) return 'place';
  if (VESSEL_PREFIX.has(text)) return 'vessel prefix'; // "USS" of a ship name
  if (FACILITY_END.test(text)) return 'facility (a location)';
  if (/\d/.test(text)) return 'designation';
  return undefined;
}

/**
 * compromise sometimes starts a name one word late ("Francisco General Hospital",
 * "York-Presbyterian Hospital"): take back capitalised words glued to the front.
 */
export function extendLeft(terms: TermInfo[], start: number): number {
  let k = terms.findIndex((t) => t.start === start);
  while (k > 1 && /^\s+$/.test(terms[k - 1].post) && isCapitalised(terms[k - 1]) && !hasTag(terms[k - 1], 'Determiner', 'Verb', 'Pronoun')) k--;
  return k >= 0 ? terms[k].start : start;
}

/**
 * One capitalised word opening a sentence ("Stock markets fell", "Automobile sales") is a name
 * to compromise only because of its capital: kept when the article also writes it capitalised
 * inside a sentence, or as an owner ("Roscosmos' engineers").
 */
export function onlyAsFirstWord(doc: ExtractDoc, span: { start: number; end: number }, sentence: number): boolean {
  const word = doc.text.slice(span.start, span.end);
  if (/\s/.test(word) || span.start !== doc.sentences[sentence].start || /^\p{Lu}{2,}$/u.test(word)) return false;
  if (/^['’]/.test(doc.text.slice(span.end, span.end + 1))) return false; // an owner: "Roscosmos' engineers"
  const inside = new RegExp(`(?<=[\\p{L}\\d,;:]\\s+)${escapeRegex(word)}(?![\\p{L}])`, 'u');
  return !doc.sentences.some((s) => inside.test(doc.text.slice(s.start, s.end)));
}

export function compromiseOrgs(doc: ExtractDoc): NamedMention[] {
  const sentences = nameSentences(doc);
  const orgs = doc.spansPerSentence(sentences, (v) => v.organizations(), ['Organization']); // one organizations() call per tagging pass
  return sentences.flatMap((i) =>
    orgs.get(i)!.flatMap((found) => {
      // nameTail cuts a possessive owner: "Taiwan's Doe Airways" → "Doe Airways"
      const span = nameTail(doc, { start: extendLeft(sentenceTerms(doc, i), found.start), end: found.end }, i);
      if (!span || notAnOrgName(doc.text.slice(span.start, span.end)) || onlyAsFirstWord(doc, span, i)) return [];
      // what is left after cutting an owner must still be a name: "Doe Gentleman's Club" → "Club" is not
      if (span.start > found.start && !/\s/.test(doc.text.slice(span.start, span.end)) && !looksLikeOrg(doc.text.slice(span.start, span.end))) return [];
      return [namedMention(doc, 'organization', span, 'org.compromise')];
    }),
  );
}

export const compromiseRule: Rule<NamedMention> = {
  id: 'org.compromise',
  description: "compromise organizations(), minus descriptions and places: not 'Soyuz crew', not 'ISS'",
  extract: compromiseOrgs,
};

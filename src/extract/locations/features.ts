/**
 * location.feature: natural features and ports.
 *   suffix: "Tokyo Bay", "Hudson River", "Bering Strait", "South China Sea", "Long Island Sound"
 *   prefix: "Gulf of Mexico", "Port of Baltimore", "Strait of Hormuz", "Mount Fuji", "Lake Erie"
 * Not: "the bay" (no name), "Lake Smith" after a first name? (no: "Lake" + a first name reads as
 * a person, see below), "Sea" alone.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { featurePrefixes, featureSuffixes } from '../../lexicons/locations.ts';
import { alternation, hasTag, regexHits, sentenceTerms, storySentences, trimSpan } from '../people/spans.ts';
import { locationMention, nameTail } from './mention.ts';

const WORD = `\\p{Lu}[\\p{L}'’.-]*`;
const SUFFIX_RE = new RegExp(`(?<![\\p{L}])(?:${WORD}\\s+){1,3}(?:${alternation(featureSuffixes)})(?![\\p{L}])`, 'gdu');
const PREFIX_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(featurePrefixes)})\\s+(?:the\\s+)?${WORD}(?:\\s+${WORD}){0,2}`, 'gdu');

/** "Lake"/"Mount"/"Cape" before a first name is a person's name part, not a feature. */
function firstNameAfterPrefix(doc: ExtractDoc, sentence: number, start: number): boolean {
  const terms = sentenceTerms(doc, sentence);
  const k = terms.findIndex((t) => t.start === start);
  return k >= 0 && Boolean(terms[k + 1] && hasTag(terms[k + 1], 'FirstName'));
}

export function featureMentions(doc: ExtractDoc): NamedMention[] {
  const sentences = storySentences(doc);
  const out: NamedMention[] = [];
  for (const hit of regexHits(doc, SUFFIX_RE, sentences)) {
    const span = nameTail(doc, hit, hit.sentence);
    if (span && /\s/.test(doc.text.slice(span.start, span.end))) out.push(locationMention(doc, span, 'location.feature'));
  }
  for (const hit of regexHits(doc, PREFIX_RE, sentences)) {
    if (firstNameAfterPrefix(doc, hit.sentence, hit.start)) continue;
    out.push(locationMention(doc, trimSpan(doc.text, hit.start, hit.end), 'location.feature'));
  }
  return out;
}

export const featureRule: Rule<NamedMention> = {
  id: 'location.feature',
  description: "natural features and ports: 'Tokyo Bay', 'Gulf of Mexico', 'Port of Baltimore'",
  extract: featureMentions,
};

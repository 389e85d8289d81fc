/**
 * org.suffix: capitalised words ending in an organisation word name an organisation.
 *   "California Highway Patrol", "National Firefighter Protection Agency", "NJ Transit",
 *   "Ministry of Transport" (prefix form)
 * Cut to the name: "Taiwan's Doe Airways" → "Doe Airways" (a possessive owner is not the name),
 * "MTA and NJ Transit" → "NJ Transit" (two bodies), "Department of Transportation Chair Jane
 * Doe" → "Department of Transportation" (a title and a person follow).
 * Not: "Police said" (nothing before the suffix), "Coast Guard Air Station" (a facility follows), "The Agency", headline-case sentences ("Safety
 * Board Blames Pilot Error" is a headline, not a name).
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { orgPrefixes, orgSuffixes } from '../../lexicons/organizations.ts';
import { roleTitles } from '../../lexicons/people.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { nameTail } from '../locations/mention.ts';
import { alternation, hasTag, isTitleCase, regexHits, sentenceTerms, storySentences, type RegexHit } from '../people/spans.ts';
import { looksLikeOrg } from './lexicon.ts';
import { namedMention } from './mention.ts';

const WORD = `\\p{Lu}[\\p{L}'’&.-]*`;
const LINK = `(?:(?:of|and|for|the|&)\\s+)?`;
const SUFFIX_RE = new RegExp(
  `(?<![\\p{L}])(?:${WORD}\\s+${LINK}){1,5}(?<suffix>${alternation(orgSuffixes)})(?![\\p{L}])(?!\\s+(?:Station|Base|Field|Terminal|Force)\\b)(?<of>\\s+of\\s+(?:the\\s+)?${WORD}(?:\\s+${WORD})?)?`,
  'gdu',
);
const PREFIX_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(orgPrefixes)})\\s+(?:the\\s+)?${WORD}(?:\\s+(?:and\\s+)?${WORD}){0,3}`, 'gdu');
const TITLES = new Set(roleTitles);

/** "MTA and NJ Transit" → "NJ Transit": the left side of "and" is a body or a place of its own. */
export function afterConjoined(doc: ExtractDoc, span: Span): Span {
  const text = doc.text.slice(span.start, span.end);
  for (const m of text.matchAll(/\s+(?:and|&)\s+/g)) {
    const left = text.slice(0, m.index);
    if (looksLikeOrg(left) || isGazetteerPlace(left)) return { start: span.start + m.index! + m[0].length, end: span.end };
  }
  return span;
}

/** "Department of Transportation Chair Jane Doe" → "Department of Transportation". */
export function beforeTitleOrName(doc: ExtractDoc, span: Span, sentence: number): Span {
  const terms = sentenceTerms(doc, sentence).filter((t) => t.start > span.start && t.end <= span.end);
  const stop = terms.find((t) => TITLES.has(t.text.toLowerCase()) || hasTag(t, 'FirstName'));
  if (!stop) return span;
  const end = doc.text.slice(span.start, stop.start).trimEnd().length + span.start;
  return { start: span.start, end };
}

/** "… Authority of Singapore": an "of" tail stays only when it names a known place. */
function withPlaceTail(h: RegexHit): RegexHit {
  const of = h.groups.of;
  if (!of || isGazetteerPlace(of.text.replace(/^\s+of\s+(?:the\s+)?/, ''))) return h;
  return { ...h, end: of.start, text: h.text.slice(0, of.start - h.start) };
}

export function suffixOrgs(doc: ExtractDoc): NamedMention[] {
  const sentences = storySentences(doc).filter((i) => !isTitleCase(doc.sentenceText(i)));
  const out: NamedMention[] = [];
  const found = [
    ...regexHits(doc, SUFFIX_RE, sentences).map((h) => ({ h: withPlaceTail(h), keep: h.groups.suffix!.text.split(/\s+/).length })),
    ...regexHits(doc, PREFIX_RE, sentences).map((h) => ({ h: { ...h, ...beforeTitleOrName(doc, h, h.sentence) }, keep: 0 })),
  ];
  for (const { h, keep } of found) {
    const tail = nameTail(doc, h, h.sentence, keep);
    const span = tail && afterConjoined(doc, tail);
    if (!span) continue;
    const text = doc.text.slice(span.start, span.end);
    if (!/\s/.test(text) || !/^\p{Lu}/u.test(text) || /\s(?:of|and|for|the|&)$/.test(text)) continue;
    out.push(namedMention(doc, 'organization', span, 'org.suffix'));
  }
  return out;
}

export const suffixRule: Rule<NamedMention> = {
  id: 'org.suffix',
  description: "capitalised words ending in an org word: 'California Highway Patrol', 'Ministry of Transport'",
  extract: suffixOrgs,
};

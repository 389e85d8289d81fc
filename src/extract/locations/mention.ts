/**
 * Location mention helpers: the span cleaning shared with organisations, plus the cut that keeps
 * only the name part of a capitalised run ("Train Derails Near Grand Central Station" → "Grand
 * Central Station").
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { NamedMention } from '../types.ts';
import { hasTag, sentenceTerms } from '../people/spans.ts';
import { cleanNameSpan, namedMention } from '../organizations/mention.ts';

const BREAK_TAGS = ['Verb', 'Preposition', 'Adverb', 'Determiner', 'Conjunction', 'Pronoun', 'Value', 'QuestionWord', 'Date'];
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'du']);

/**
 * Starts the span after the last word, before its final `keep` words, that cannot be part of a
 * place name: a verb, a preposition, a lowercase word.
 */
export function nameTail(doc: ExtractDoc, span: Span, sentence: number, keep = 1): Span | null {
  const clean = cleanNameSpan(doc, span, sentence);
  if (!clean) return null;
  const terms = sentenceTerms(doc, sentence).filter((t) => t.start >= clean.start && t.end <= clean.end);
  let start = clean.start;
  for (let k = 0; k < terms.length - keep; k++) {
    const t = terms[k];
    const lower = !/^[\p{Lu}\d]/u.test(t.text) && !CONNECTORS.has(t.text);
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(t.text); // "30th Street"
    const breaks = hasTag(t, ...BREAK_TAGS) && !hasTag(t, 'ProperNoun', 'Place', 'Organization') && !CONNECTORS.has(t.text) && !ordinal;
    // a possessive place owns the facility but is not its name: "Singapore's Sembawang Naval Base"
    const possessive = /['’]s?$/u.test(doc.text.slice(t.start, t.end + 1).trim()) || hasTag(t, 'Possessive');
    // the last word itself never starts the name over (with keep = 0 it is inside the loop)
    if ((lower || breaks || possessive || /[,;:]/.test(t.post)) && k + 1 < terms.length) start = terms[k + 1].start;
  }
  return start < clean.end ? { start, end: clean.end } : null;
}

export function locationMention(doc: ExtractDoc, span: Span, ruleId: string, name?: string): NamedMention {
  return namedMention(doc, 'location', span, ruleId, name);
}

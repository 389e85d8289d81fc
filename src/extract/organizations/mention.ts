/**
 * Building organisation mentions: one place slices the text (so `text === doc.text.slice(start,
 * end)`), strips a possessive ("Roscosmos'", "NASA's") and leading words that are not part of
 * the name ("The", "According", "Later").
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { NamedMention } from '../types.ts';
import { hasTag, sentenceTerms, trimSpan, withoutPossessive } from '../people/spans.ts';

const LEADING_NOISE = new Set(['The', 'A', 'An', 'According', 'In', 'On', 'At', 'By', 'From', 'For', 'With', 'And', 'But', 'Meanwhile', 'Later', 'Earlier', 'Also', 'Then', 'When', 'While', 'After', 'Before', 'Both', 'Its', 'Their']);
const NOT_NAME_TAGS = ['Determiner', 'Preposition', 'Adverb', 'Conjunction', 'Verb', 'Pronoun', 'QuestionWord'];

/** The span without possessive, surrounding punctuation and leading non-name words. */
export function cleanNameSpan(doc: ExtractDoc, span: Span, sentence: number): Span | null {
  let { start, end } = trimSpan(doc.text, span.start, withoutPossessive(doc.text, span.start, span.end));
  const terms = sentenceTerms(doc, sentence);
  for (;;) {
    const first = /^\S+/.exec(doc.text.slice(start, end))?.[0];
    if (!first || first.length === end - start) break;
    const term = terms.find((t) => t.start === start);
    if (!LEADING_NOISE.has(first) && !(term && hasTag(term, ...NOT_NAME_TAGS) && !hasTag(term, 'Organization', 'ProperNoun'))) break;
    start += first.length;
    while (/\s/.test(doc.text[start])) start++;
  }
  ({ start, end } = trimSpan(doc.text, start, withoutPossessive(doc.text, start, end)));
  return end > start ? { start, end } : null;
}

export function namedMention(
  doc: ExtractDoc,
  kind: 'organization' | 'location',
  span: Span,
  ruleId: string,
  name?: string,
): NamedMention {
  const text = doc.text.slice(span.start, span.end);
  return { kind, start: span.start, end: span.end, text, ruleId, sentence: doc.sentenceAt(span.start), name: name ?? text.replace(/\s+/g, ' ') };
}

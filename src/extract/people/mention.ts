/**
 * Building a PersonMention from a span: the one place that slices the text, so every mention
 * satisfies `text === doc.text.slice(start, end)`.
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { PersonMention } from '../types.ts';

export function personMention(
  doc: ExtractDoc,
  span: Span,
  ruleId: string,
  extra: { role?: string; affiliation?: string; excluded?: string } = {},
): PersonMention {
  const text = doc.text.slice(span.start, span.end);
  const m: PersonMention = {
    kind: 'person',
    start: span.start,
    end: span.end,
    text,
    ruleId,
    sentence: doc.sentenceAt(span.start),
    name: text.replace(/\s+/g, ' '),
  };
  if (extra.role) m.role = extra.role;
  if (extra.affiliation) m.affiliation = extra.affiliation;
  if (extra.excluded) m.excluded = extra.excluded;
  return m;
}

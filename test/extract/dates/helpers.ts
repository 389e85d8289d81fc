/**
 * Test helpers: run the date extraction on a text and check the invariants every fixture must
 * keep (span text is the slice of the text, sentence index, sorted, no overlaps, a value).
 */
import { expect } from 'vitest';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractDates } from '../../../src/extract/dates/index.ts';
import type { DateMention } from '../../../src/extract/types.ts';

export const PUB = '2023-02-13'; // a Monday

export function checkInvariants(doc: ExtractDoc, mentions: DateMention[]): void {
  let lastEnd = -1;
  for (const m of mentions) {
    expect(m.text, `span of ${JSON.stringify(m.text)}`).toBe(doc.text.slice(m.start, m.end));
    expect(m.sentence).toBe(doc.sentenceAt(m.start));
    expect(m.kind).toBe('date');
    expect(m.value).not.toBe('');
    expect(m.ruleId).toMatch(/^date\./);
    expect(m.start, `overlap at ${JSON.stringify(m.text)}`).toBeGreaterThanOrEqual(lastEnd);
    expect(m.text).toBe(m.text.trim());
    lastEnd = m.end;
  }
}

/** The mentions of `text`, invariants checked. */
export function extract(text: string, published: string | null = PUB): DateMention[] {
  const doc = ExtractDoc.fromText(text, published);
  const mentions = extractDates(doc);
  checkInvariants(doc, mentions);
  return mentions;
}

/** [span text, value] pairs: what most tables compare. */
export const pairs = (text: string, published: string | null = PUB): [string, string][] =>
  extract(text, published).map((m) => [m.text, m.value]);

/** A table row: text, publication date, expected [span, value] pairs. */
export type Row = [text: string, published: string | null, expected: [string, string][]];

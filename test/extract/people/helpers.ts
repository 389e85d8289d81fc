/** Test helpers shared by the people, organisation and location tests. */
import { expect } from 'vitest';
import type { ExtractDoc } from '../../../src/extract/doc.ts';
import type { Mention } from '../../../src/extract/types.ts';

export { docOf } from './doc-of.ts';

/** Every mention's text is the slice of the cleaned text it claims, in a sentence that holds it. */
export function expectValidSpans(doc: ExtractDoc, mentions: Mention[]): void {
  for (const m of mentions) {
    expect(m.text).toBe(doc.text.slice(m.start, m.end));
    expect(m.sentence).toBe(doc.sentenceAt(m.start));
    expect(m.ruleId).toMatch(/^[a-z]+\.[a-z-]+$/);
  }
}

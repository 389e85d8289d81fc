/** Test helpers shared by rule tests. */
import { expect } from 'vitest';
import { ExtractDoc } from '../src/extract/doc.ts';

export function doc(text: string, published: string | null = '2023-02-13'): ExtractDoc {
  return ExtractDoc.fromText(text, published);
}

/** Every mention's text is exactly the slice of the document it claims. */
export function expectSpansExact(d: ExtractDoc, ms: { start: number; end: number; text: string }[]): void {
  for (const m of ms) expect(d.text.slice(m.start, m.end)).toBe(m.text);
}

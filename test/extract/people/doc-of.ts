/**
 * `docOf` makes one sentence per non-empty line, so "Capt. Ana Ruiz" stays one sentence (the
 * naive splitter of `ExtractDoc.fromText` cuts after every full stop). No test-runner imports:
 * scripts can use it too.
 */
import { ExtractDoc } from '../../../src/extract/doc.ts';
import type { Sentence } from '../../../src/ingest/types.ts';

export function docOf(text: string, published: string | null = '2024-01-01'): ExtractDoc {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) sentences.push({ start: offset + lead, end: offset + lead + body.length, block: 0 });
    offset += line.length + 1;
  }
  return new ExtractDoc({ text, sentences, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], published });
}

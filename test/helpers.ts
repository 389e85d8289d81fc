/** Test helpers shared by rule tests. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ExtractDoc } from '../src/extract/doc.ts';
import { ingest } from '../src/ingest/index.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function doc(text: string, published: string | null = '2023-02-13'): ExtractDoc {
  return ExtractDoc.fromText(text, published);
}

/** Every mention's text is exactly the slice of the document it claims. */
export function expectSpansExact(d: ExtractDoc, ms: { start: number; end: number; text: string }[]): void {
  for (const m of ms) expect(d.text.slice(m.start, m.end)).toBe(m.text);
}

/** The seed article as the pipeline sees it: ingested from corpus/ with its sidecar. */
export function seedDoc(): ExtractDoc {
  return corpusDoc('iss-coolant-leak.txt');
}

/** Any corpus article, ingested as the pipeline would (sidecar included when present). */
export function corpusDoc(rel: string): ExtractDoc {
  const file = path.join(REPO, 'corpus', rel);
  const sidecarFile = file.replace(/\.(?:txt|html?|json)$/, '.meta.json');
  const input = { id: rel.replace(/\.[^.]+$/, ''), file, bytes: readFileSync(file), ...(existsSync(sidecarFile) ? { sidecar: readFileSync(sidecarFile), sidecarFile } : {}) };
  const r = ingest(input);
  if (!r.ok) throw new Error(`${rel}: ${r.error.code}: ${r.error.message}`);
  return new ExtractDoc({ ...r.article, published: r.article.meta.published });
}

/** The seed's raw text (as shipped in corpus/). */
export const seedText = (): string => readFileSync(path.join(REPO, 'corpus', 'iss-coolant-leak.txt'), 'utf8');

/** Shared helpers for the ingest tests: build inputs, read blocks and sentences back as text. */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import type { IngestedArticle, IngestResult, RawInput } from '../../src/ingest/types.ts';

const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function input(file: string, content: string | Uint8Array, sidecar?: unknown): RawInput {
  const id = file.replace(/\.gz$/i, '').replace(/\.[^.]+$/, '');
  const raw: RawInput = { id, file, bytes: typeof content === 'string' ? bytes(content) : content };
  if (sidecar !== undefined) {
    raw.sidecar = typeof sidecar === 'string' ? bytes(sidecar) : bytes(JSON.stringify(sidecar));
    raw.sidecarFile = `${id}.meta.json`;
  }
  return raw;
}

/** Ingests and asserts success (with the failure printed when it is not). */
export function ingestOk(raw: RawInput): IngestedArticle {
  const result: IngestResult = ingest(raw);
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  expectConsistentOffsets(result.article);
  return result.article;
}

export function ingestError(raw: RawInput): { code: string; message: string } {
  const result = ingest(raw);
  if (result.ok) throw new Error(`expected a failure, got an article: ${result.article.text.slice(0, 80)}`);
  return result.error;
}

export function blockTexts(a: IngestedArticle): Array<[string, string]> {
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
}

export function sentenceTexts(a: IngestedArticle): string[] {
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
}

export function codes(a: IngestedArticle): string[] {
  return a.diagnostics.map((d) => d.code);
}

/** Offsets invariants: blocks tile the text with "\n\n", sentences sit inside their block, trimmed. */
export function expectConsistentOffsets(a: IngestedArticle): void {
  expect(a.blocks.map((b) => a.text.slice(b.start, b.end)).join('\n\n')).toBe(a.text);
  let previousEnd = 0;
  for (const s of a.sentences) {
    const block = a.blocks[s.block];
    expect(s.start).toBeGreaterThanOrEqual(block.start);
    expect(s.end).toBeLessThanOrEqual(block.end);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    const text = a.text.slice(s.start, s.end);
    expect(text).toBe(text.trim());
    expect(text).not.toBe('');
    previousEnd = s.end;
  }
  for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).not.toContain('\n\n');
}

/** The seed article, as shipped in corpus/. */
export function seedBytes(): Uint8Array {
  return readFileSync(new URL('../../corpus/iss-coolant-leak.txt', import.meta.url));
}

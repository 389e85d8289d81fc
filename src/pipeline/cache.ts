/**
 * The per-article cache that makes a run resumable. After an article's outputs are written,
 * `<out>/cache/<id>.json` records the key it was made from (a hash of the pipeline version,
 * the id, the format and the bytes of the file and its sidecar) and what the manifest needs
 * (counts, warnings, or the error). A rerun skips an article whose entry has the same key and
 * whose record is on disk, and redoes every other. The entry is written last and atomically,
 * so a run killed at any moment (kill -9 included) leaves either a complete article or one
 * that is redone: never a half-written file, never a stale entry taken for a fresh one.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawInput } from '../ingest/types.ts';
import type { ArticleError, ArticleWarning } from '../schema/index.ts';
import { recordPath, stableJson, writeAtomic } from '../output/write.ts';
import { PIPELINE_VERSION } from './version.ts';

/** What one article adds to the run's summary (kept in the cache, so a skipped article still counts). */
export interface ArticleSummary {
  incidents: number;
  facts: Record<string, number>;
  warnings: ArticleWarning[];
  /** Bytes of the article file (for throughput). */
  bytes: number;
}

export type CacheEntry =
  | { key: string; ok: true; summary: ArticleSummary }
  | { key: string; ok: false; error: Omit<ArticleError, 'file'> };

export function cacheKey(input: RawInput, pipeline: string = PIPELINE_VERSION): string {
  const h = createHash('sha256');
  for (const part of [pipeline, input.id, path.extname(input.file).toLowerCase()]) h.update(part).update('\0');
  h.update(input.bytes).update('\0');
  if (input.sidecar) h.update(input.sidecar);
  return h.digest('hex');
}

export function cachePath(out: string, id: string): string {
  return path.join(out, 'cache', `${id}.json`);
}

/** The entry for `id` when it was made from `key` and its outputs are still there; else undefined. */
export async function cachedEntry(out: string, id: string, key: string): Promise<CacheEntry | undefined> {
  const raw = await readFile(cachePath(out, id), 'utf8').catch(() => undefined);
  if (raw === undefined) return undefined;
  let entry: CacheEntry;
  try {
    entry = JSON.parse(raw) as CacheEntry;
  } catch {
    return undefined; // cannot happen with atomic writes; redo the article rather than trust it
  }
  if (entry.key !== key) return undefined;
  if (entry.ok && !(await stat(recordPath(out, id)).then(() => true, () => false))) return undefined;
  return entry;
}

export async function writeCacheEntry(out: string, id: string, entry: CacheEntry, tmpDir?: string): Promise<void> {
  await writeAtomic(cachePath(out, id), stableJson(entry), tmpDir);
}

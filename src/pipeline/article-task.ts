/**
 * The whole per-article job of a batch run, as one worker-thread task: extract, then write the
 * article's text and record and, last, the cache entry that vouches for both (each file
 * atomically). Done in the worker, the writing runs on every core instead of queueing on the
 * main thread, and the record and text never travel back between threads: the main thread gets
 * the summary and the reconcile profiles (serialised) only. The writes are synchronous: the worker has this
 * one article in hand and nothing else to do meanwhile.
 */
import { deserialize, serialize } from 'node:v8';
import { recordPath, stableJson, textPath, writeAtomicSync } from '../output/write.ts';
import type { Profile } from '../reconcile/profile.ts';
import type { ArticleError } from '../schema/index.ts';
import { cachePath, type ArticleSummary, type CacheEntry } from './cache.ts';
import { runExtractTask, type ExtractTask, type TaskResult } from './task.ts';

export interface ArticleTask extends ExtractTask {
  /** Where the outputs go: the run's output folder, its temporary folder, and the article's cache key. */
  write: { out: string; tmp: string; key: string };
}

export type ArticleTaskResult =
  | {
      ok: true;
      /** The reconcile profiles, `v8.serialize`d: the run holds every article's until it reconciles, and this form is about a quarter of the objects' size. */
      profiles: Uint8Array;
      summary: ArticleSummary;
      timings: Extract<TaskResult, { ok: true }>['timings'] & { write: number };
    }
  | { ok: false; error: ArticleError };

export function runArticleTask(task: ArticleTask): ArticleTaskResult {
  const r = runExtractTask(task);
  if (!r.ok) return r;
  const { out, tmp, key } = task.write;
  const id = task.input.id;
  const t = performance.now();
  try {
    writeAtomicSync(textPath(out, id), r.text, tmp);
    writeAtomicSync(recordPath(out, id), r.recordJson, tmp);
    const entry: CacheEntry = { key, ok: true, summary: r.summary };
    writeAtomicSync(cachePath(out, id), stableJson(entry), tmp);
  } catch (e) {
    return { ok: false, error: { file: task.input.file, article: id, stage: 'write', code: 'write-failed', message: (e as Error).message } };
  }
  return { ok: true, profiles: serialize(r.profiles), summary: r.summary, timings: { ...r.timings, write: performance.now() - t } };
}

/** The profiles a task returned, as objects again. */
export function profilesOf(bytes: Uint8Array): Profile[] {
  return deserialize(bytes) as Profile[];
}

/**
 * A batch run: discover → read → (cache hit? skip) → extract in the worker pool → write, for
 * every article of the corpus folders (or of one shard of them), then reconcile and write
 * `incidents.jsonl` and `manifest.json`.
 *
 * - Every core: extraction and the writing of each article's outputs run in worker threads
 *   (pool.ts, article-task.ts); this thread only walks, reads and hashes, with p-queue bounding
 *   the articles in flight (back-pressure: discovery never runs far ahead, so memory does not
 *   grow with the corpus).
 * - Resumable: each article's outputs are followed by its cache entry (cache.ts); a rerun skips
 *   what is unchanged, and a killed run resumes where it stopped.
 * - Deterministic: records are per article and everything run-wide is sorted, so the bytes do
 *   not depend on the number of workers, the shard count or the order files are found in.
 * - Errors are data: a bad file becomes an error entry in the manifest and the run goes on.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { RawInput } from '../ingest/types.ts';
import type { ArticleError, Manifest } from '../schema/index.ts';
import { clearTemporary, recordPath, runTmpDir, stableJson, textPath, tmpRoot, writeAtomic } from '../output/write.ts';
import { cacheKey, cachedEntry, cachePath, writeCacheEntry } from './cache.ts';
import { countDiscoverable, discover, shardKey, type Discovered } from './discover.ts';
import { createExtractor, defaultWorkers, type Extractor } from './pool.ts';
import { reconcileRecords } from './reconcile-step.ts';
import { inShard, shardLabel, type Shard } from './shard.ts';
import { RunTally } from './tally.ts';
import { PIPELINE_VERSION } from './version.ts';

export interface RunOptions {
  corpus: string[];
  out: string;
  /** Extraction worker threads; 0 extracts on this thread. Default: one per core. */
  workers?: number;
  /** Articles read, looked up in the cache and written at once (I/O). Default 16. */
  io?: number;
  /** Process only this slice of the corpus (`--shard k/n`); run-wide outputs are then named after it. */
  shard?: Shard;
  /** Reuse articles cached by an earlier run into the same folder (default true). */
  cache?: boolean;
  /** Time decoding apart from the rest of ingest (decodes each article twice). */
  profile?: boolean;
  onEvent?: (e: RunEvent) => void;
}

/** Progress events, in the order they happen (`--json` prints them one per line). */
export type RunEvent =
  | { type: 'start'; workers: number; out: string; shard: Shard | null; pipeline: string }
  | { type: 'total'; total: number }
  | { type: 'article'; id: string | null; file: string; status: 'done' | 'cached' | 'failed'; code?: string; done: number; failed: number; cached: number }
  | { type: 'reconcile'; records: number }
  | { type: 'end'; manifest: Manifest; manifestFile: string };

export interface RunResult {
  manifest: Manifest;
  /** Ids of the articles with a record, sorted. */
  ids: string[];
  manifestFile: string;
}

type ArticleFound = Extract<Discovered, { kind: 'article' }>;

export async function runCorpus(opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const { out, shard } = opts;
  const emit = opts.onEvent ?? (() => {});
  if (!shard) await clearTemporary(tmpRoot(out)); // what killed runs left; a shard may share the folder with running ones
  const tmp = await runTmpDir(out);
  const extractor = createExtractor(opts.workers ?? defaultWorkers());
  emit({ type: 'start', workers: extractor.threads, out, shard: shard ?? null, pipeline: PIPELINE_VERSION });
  void countTotal(opts.corpus, shard).then((total) => emit({ type: 'total', total }));

  const tally = new RunTally();
  const finished = (file: string, id: string | null, status: 'done' | 'cached' | 'failed', code?: string) =>
    emit({ type: 'article', id, file, status, ...(code ? { code } : {}), done: tally.done, failed: tally.failed, cached: tally.cached });
  const ctx: ArticleContext = { out, tmp, extractor, tally, cache: opts.cache !== false, profile: opts.profile === true, finished, profiles: shard ? null : new Map() };

  const queue = new PQueue({ concurrency: opts.io ?? 16 });
  try {
    for (const root of opts.corpus) {
      for await (const d of discover(root)) {
        if (!inShard(shardKey(d), shard)) continue;
        tally.files++;
        if (d.kind === 'error') {
          tally.addError({ file: d.file, article: null, stage: 'discover', code: d.code, message: d.message });
          finished(d.file, null, 'failed', d.code);
          continue;
        }
        await queue.onSizeLessThan(queue.concurrency * 2); // back-pressure: discovery never runs far ahead
        void queue.add(() => handleArticle(d, ctx).catch((e: Error) => unexpected(d, e, ctx)));
      }
    }
    await queue.onIdle();
  } finally {
    await extractor.close();
  }

  const ids = tally.ids.sort();
  let reconciled = 0;
  if (!shard) {
    emit({ type: 'reconcile', records: ids.length });
    const t = performance.now();
    reconciled = (await reconcileRecords(out, ids, tmp, undefined, ctx.profiles ?? undefined)).incidents;
    tally.stage.reconcile = performance.now() - t;
  }
  const manifestName = shard ? `manifest.${shardLabel(shard)}.json` : 'manifest.json';
  const outputs = { records: 'records/', text: 'text/', incidents: shard ? null : 'incidents.jsonl', manifest: manifestName, cache: 'cache/' };
  const manifest = tally.manifest({ corpus: opts.corpus, shard, reconciled, wallMs: performance.now() - started, workers: extractor.threads, outputs });
  const manifestFile = path.join(out, manifestName);
  await writeAtomic(manifestFile, stableJson(manifest), tmp);
  await clearTemporary(shard ? tmp : tmpRoot(out));
  emit({ type: 'end', manifest, manifestFile });
  return { manifest, ids, manifestFile };
}

interface ArticleContext {
  out: string;
  tmp: string;
  extractor: Extractor;
  tally: RunTally;
  cache: boolean;
  profile: boolean;
  finished: (file: string, id: string | null, status: 'done' | 'cached' | 'failed', code?: string) => void;
  /** Reconcile profiles (serialised) of the articles extracted (not cached) in this run, built by the workers; null in a shard (it does not reconcile). */
  profiles: Map<string, Uint8Array> | null;
}

/** One article: read, cache lookup, extraction, outputs, cache entry. Never throws. */
async function handleArticle(d: ArticleFound, ctx: ArticleContext): Promise<void> {
  const { out, tally } = ctx;
  const t0 = performance.now();
  const read = await readInput(d);
  if ('error' in read) return failed(d, read.error, ctx);
  const key = cacheKey(read.input);
  const hit = ctx.cache ? await cachedEntry(out, d.id, key) : undefined;
  tally.stage.read += performance.now() - t0;
  if (hit?.ok) {
    tally.addArticle(d.id, hit.summary, true);
    return ctx.finished(d.file, d.id, 'cached');
  }
  if (hit) {
    tally.addError({ ...hit.error, file: d.file }, true);
    return ctx.finished(d.file, d.id, 'cached', hit.error.code);
  }
  const r = await ctx.extractor.run({ input: read.input, profile: ctx.profile, write: { out, tmp: ctx.tmp, key } });
  if (!r.ok) return failed(d, r.error, ctx, key);
  tally.addTimings(r.timings);
  tally.addArticle(d.id, r.summary, false);
  ctx.profiles?.set(d.id, r.profiles);
  ctx.finished(d.file, d.id, 'done');
}

/** A bug outside extraction (a progress display that throws, a file system refusing a removal): one error entry, the run goes on. */
async function unexpected(d: ArticleFound, e: Error, ctx: ArticleContext): Promise<void> {
  ctx.tally.addError({ file: d.file, article: d.id, stage: 'write', code: 'internal-error', message: `${e.name}: ${e.message}` });
}

/** Errors that say something about the file are cached with its key; a crash or a full disk is retried next run. */
const TRANSIENT = new Set(['worker-error', 'write-failed', 'unreadable']);

async function failed(d: ArticleFound, error: ArticleError, ctx: ArticleContext, key?: string): Promise<void> {
  ctx.tally.addError(error);
  // a record left by an earlier run of a file that now fails is stale: remove it
  await Promise.all([recordPath(ctx.out, d.id), textPath(ctx.out, d.id), cachePath(ctx.out, d.id)].map((f) => rm(f, { force: true })));
  if (key && !TRANSIENT.has(error.code)) {
    const { file: _file, ...rest } = error;
    await writeCacheEntry(ctx.out, d.id, { key, ok: false, error: rest }, ctx.tmp).catch(() => {});
  }
  ctx.finished(d.file, d.id, 'failed', error.code);
}

type ReadResult = { input: RawInput } | { error: ArticleError };

async function readInput(d: ArticleFound): Promise<ReadResult> {
  try {
    const bytes = await readFile(d.file);
    const sidecar = d.sidecar ? await readFile(d.sidecar) : undefined;
    return { input: { id: d.id, file: d.file, bytes, ...(sidecar ? { sidecar, sidecarFile: d.sidecar } : {}) } };
  } catch (e) {
    return { error: { file: d.file, article: d.id, stage: 'read', code: 'unreadable', message: (e as Error).message } };
  }
}

async function countTotal(corpus: string[], shard: Shard | undefined): Promise<number> {
  let total = 0;
  for (const root of corpus) total += await countDiscoverable(root, (k) => inShard(k, shard));
  return total;
}

/**
 * A batch run: discover → read → process → write, for every article of the corpus folders,
 * then reconcile and write `incidents.jsonl` and `manifest.json`. A bad file becomes an error
 * entry in the manifest and the run goes on. Outputs do not depend on file order or
 * concurrency: records are per article, and everything run-wide is sorted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import { reconcile, textsIn, toJsonl } from '../reconcile/index.ts';
import { SCHEMA_VERSION, type ArticleError, type ArticleRecord, type ArticleWarning, type Manifest } from '../schema/index.ts';
import { recordPath, stableJson, textPath, writeAtomic } from '../output/write.ts';
import { processArticle } from './article.ts';
import { discover, type Discovered } from './discover.ts';
import { TOOL_VERSION } from './version.ts';

export interface RunOptions {
  corpus: string[];
  out: string;
  /** Files read and written at once (I/O); extraction itself runs on this thread. */
  concurrency?: number;
  onProgress?: (e: { done: number; failed: number; file: string }) => void;
}

export interface RunResult {
  manifest: Manifest;
  records: ArticleRecord[];
}

const byString = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export async function runCorpus(opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const queue = new PQueue({ concurrency: opts.concurrency ?? 8 });
  const records: ArticleRecord[] = [];
  const errors: ArticleError[] = [];
  const warnings: ArticleWarning[] = [];
  const stage = { ingest: 0, extract: 0, assemble: 0, write: 0 };
  let files = 0;
  const report = (file: string) => opts.onProgress?.({ done: records.length + errors.length, failed: errors.length, file });

  const handle = async (d: Extract<Discovered, { kind: 'article' }>) => {
    const read = await readInput(d);
    if ('error' in read) {
      errors.push(read.error);
      return report(d.file);
    }
    const r = processArticle(read.input);
    if (!r.ok) {
      errors.push(r.error);
      return report(d.file);
    }
    stage.ingest += r.timings.ingest;
    stage.extract += r.timings.extract;
    stage.assemble += r.timings.assemble;
    const t = performance.now();
    await writeAtomic(textPath(opts.out, r.id), r.text);
    await writeAtomic(recordPath(opts.out, r.id), stableJson(r.record));
    stage.write += performance.now() - t;
    records.push(r.record);
    for (const dg of r.record.diagnostics) if (dg.severity === 'warning') warnings.push({ article: r.id, code: dg.code, message: dg.message });
    report(d.file);
  };

  for (const root of opts.corpus) {
    for await (const d of discover(root)) {
      files++;
      if (d.kind === 'error') {
        errors.push({ file: d.file, article: null, stage: 'discover', code: d.code, message: d.message });
        continue;
      }
      await queue.onSizeLessThan(queue.concurrency * 2); // back-pressure: discovery never runs far ahead
      void queue.add(() => handle(d));
    }
  }
  await queue.onIdle();

  records.sort(byString((r) => r.article.id));
  const t = performance.now();
  const incidents = reconcile(records, { textOf: textsIn(opts.out) });
  await writeAtomic(path.join(opts.out, 'incidents.jsonl'), toJsonl(incidents));
  const reconcileMs = performance.now() - t;

  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'factwire', version: TOOL_VERSION, node: process.version },
    corpus: opts.corpus,
    counts: {
      files,
      articles: records.length,
      failed: errors.length,
      incidents: records.reduce((n, r) => n + r.incidents.length, 0),
      reconciledIncidents: incidents.length,
      facts: countFacts(records),
    },
    errors: errors.sort(byString((e) => e.file)),
    warnings: warnings.sort(byString((w) => `${w.article}|${w.code}`)),
    timings: { totalMs: round(performance.now() - started), ...Object.fromEntries(Object.entries({ ...stage, reconcile: reconcileMs }).map(([k, v]) => [`${k}Ms`, round(v)])) },
  };
  await writeAtomic(path.join(opts.out, 'manifest.json'), stableJson(manifest));
  return { manifest, records };
}

const round = (x: number) => Math.round(x * 10) / 10;

export function countFacts(records: ArticleRecord[]): Record<string, number> {
  const kinds = ['vehicles', 'dates', 'people', 'organizations', 'locations', 'causes', 'consequences'] as const;
  const out: Record<string, number> = {};
  for (const k of kinds) out[k] = records.reduce((n, r) => n + r.incidents.reduce((m, i) => m + i[k].length, 0), 0);
  return out;
}

type ReadResult = { input: import('../ingest/types.ts').RawInput } | { error: ArticleError };

async function readInput(d: Extract<Discovered, { kind: 'article' }>): Promise<ReadResult> {
  try {
    const bytes = await readFile(d.file);
    const sidecar = d.sidecar ? await readFile(d.sidecar) : undefined;
    return { input: { id: d.id, file: d.file, bytes, ...(sidecar ? { sidecar, sidecarFile: d.sidecar } : {}) } };
  } catch (e) {
    return { error: { file: d.file, article: d.id, stage: 'read', code: 'unreadable', message: (e as Error).message } };
  }
}

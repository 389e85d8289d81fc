/**
 * The run's reconcile stage, behind one function so that a streaming reconciler can take its
 * place: today it reads the run's records back from `<out>/records` (in id order) and calls
 * `reconcile(records)`, which holds them all in memory; the records themselves streamed to
 * disk as they were made.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { reconcile, toJsonl } from '../reconcile/index.ts';
import type { ArticleRecord } from '../schema/index.ts';
import { recordPath, writeAtomic } from '../output/write.ts';

export interface ReconcileOutcome {
  /** Reconciled incidents written. */
  incidents: number;
  file: string;
}

/** Reconciles the records of `ids` (sorted by the caller) into `<out>/<name>`. */
export async function reconcileRecords(out: string, ids: readonly string[], tmpDir?: string, name = 'incidents.jsonl'): Promise<ReconcileOutcome> {
  const records: ArticleRecord[] = [];
  for (const id of ids) records.push(JSON.parse(await readFile(recordPath(out, id), 'utf8')) as ArticleRecord);
  const incidents = reconcile(records);
  const file = path.join(out, name);
  await writeAtomic(file, toJsonl(incidents), tmpDir);
  return { incidents: incidents.length, file };
}

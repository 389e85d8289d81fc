/**
 * The run's reconcile stage: the streaming reconciler (src/reconcile/dirs.ts) over exactly the
 * record files of this run's articles (sorted by the caller), with their cleaned texts. Only the
 * compact profiles stay in memory while clustering; the records themselves were streamed to
 * disk as they were made.
 */
import path from 'node:path';
import { reconcileFiles } from '../reconcile/dirs.ts';
import { textsIn, toJsonl } from '../reconcile/index.ts';
import { recordPath, writeAtomic } from '../output/write.ts';

export interface ReconcileOutcome {
  /** Reconciled incidents written. */
  incidents: number;
  file: string;
}

/** Reconciles the records of `ids` (sorted by the caller) into `<out>/<name>`. */
export async function reconcileRecords(out: string, ids: readonly string[], tmpDir?: string, name = 'incidents.jsonl'): Promise<ReconcileOutcome> {
  const textOf = textsIn(out);
  const incidents = await reconcileFiles(ids.map((id) => ({ file: recordPath(out, id), textOf })));
  const file = path.join(out, name);
  await writeAtomic(file, toJsonl(incidents), tmpDir);
  return { incidents: incidents.length, file };
}

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
import type { Profile } from '../reconcile/profile.ts';

export interface ReconcileOutcome {
  /** Reconciled incidents written. */
  incidents: number;
  file: string;
}

/**
 * Reconciles the records of `ids` (sorted by the caller) into `<out>/<name>`. `known` holds the
 * profiles the workers built for the articles extracted in this run; the others (cached ones)
 * are profiled from their record files.
 */
export async function reconcileRecords(out: string, ids: readonly string[], tmpDir?: string, name = 'incidents.jsonl', known: ReadonlyMap<string, Profile[]> = new Map()): Promise<ReconcileOutcome> {
  const textOf = textsIn(out);
  const incidents = await reconcileFiles(
    ids.map((id) => {
      const profiles = known.get(id);
      return { file: recordPath(out, id), textOf, ...(profiles ? { known: { article: id, profiles } } : {}) };
    }),
  );
  const file = path.join(out, name);
  await writeAtomic(file, toJsonl(incidents), tmpDir);
  return { incidents: incidents.length, file };
}

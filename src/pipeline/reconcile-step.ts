/**
 * The run's reconcile stage: the streaming reconciler (src/reconcile/dirs.ts) over exactly the
 * record files of this run's articles (sorted by the caller), with their cleaned texts. Only the
 * compact profiles stay in memory while clustering; the records themselves were streamed to
 * disk as they were made.
 */
import path from 'node:path';
import { reconcileFiles, type RecordSource } from '../reconcile/dirs.ts';
import { jsonLines, textsIn } from '../reconcile/index.ts';
import { recordPath, writeLinesAtomic } from '../output/write.ts';
import { profilesOf } from './article-task.ts';

export interface ReconcileOutcome {
  /** Reconciled incidents written. */
  incidents: number;
  file: string;
}

/**
 * Reconciles the records of `ids` (sorted by the caller) into `<out>/<name>`. `known` holds the
 * profiles (serialised) the workers built for the articles extracted in this run; the others
 * (cached ones) are profiled from their record files. Entries of `known` are removed as they are read.
 */
export async function reconcileRecords(out: string, ids: readonly string[], tmpDir?: string, name = 'incidents.jsonl', known: Map<string, Uint8Array> = new Map()): Promise<ReconcileOutcome> {
  const textOf = textsIn(out);
  // each article's serialised profiles are let go of as soon as they are objects again
  function* sources(): Generator<RecordSource> {
    for (const id of ids) {
      const bytes = known.get(id);
      known.delete(id);
      yield { file: recordPath(out, id), textOf, ...(bytes ? { known: { article: id, profiles: profilesOf(bytes) } } : {}) };
    }
  }
  const incidents = await reconcileFiles(sources());
  const file = path.join(out, name);
  await writeLinesAtomic(file, jsonLines(incidents), tmpDir);
  return { incidents: incidents.length, file };
}

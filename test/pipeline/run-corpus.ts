/** Runs the pipeline over a corpus into a fresh temporary folder (shared by pipeline tests); extraction inline unless `workers` is given. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRunRecords } from '../../src/pipeline/records.ts';
import { runCorpus, type RunOptions } from '../../src/pipeline/run.ts';

export async function runInTemp(corpus: string[], opts: Partial<RunOptions> = {}) {
  const out = await mkdtemp(path.join(tmpdir(), 'factwire-test-'));
  const result = await runCorpus({ corpus, out, workers: 0, ...opts }); // inline unless a test asks for threads
  return { out, ...result, records: await readRunRecords(out, result.ids) };
}

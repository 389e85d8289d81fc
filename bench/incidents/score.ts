/**
 * One scored run over incidents-dev: stage → runCorpus → evaluate. Shared by
 * `npm run bench:incidents` and the floors test.
 */
import { rm } from 'node:fs/promises';
import { requireBenchmark } from '../lib/data.ts';
import { runCorpus } from '../../src/pipeline/run.ts';
import { evaluate, type EvalReport } from '../../src/eval/index.ts';
import { FIELDS } from '../../src/eval/score.ts';
import { stageIncidents } from './stage.ts';

export const BENCHMARK = 'incidents-dev';

export interface IncidentsBench {
  report: EvalReport;
  failed: number;
}

/** Scores one run; `keepOut` keeps the run's outputs there (records, text) for reading errors. */
export async function scoreIncidents(dir = requireBenchmark(BENCHMARK), keepOut?: string): Promise<IncidentsBench> {
  const staged = await stageIncidents(dir);
  const out = keepOut ?? staged.out;
  try {
    if (keepOut) await rm(keepOut, { recursive: true, force: true });
    const { manifest } = await runCorpus({ corpus: [staged.corpus], out });
    return { report: await evaluate(out, staged.gold), failed: manifest.counts.failed };
  } finally {
    await rm(staged.root, { recursive: true, force: true });
  }
}

/** The stable figures written to output/bench/incidents.json and pinned as floors. */
export function keyFigures(r: EvalReport): Record<string, number> {
  return {
    'incidents.f1': r.incidents.f1,
    ...Object.fromEntries(FIELDS.map((f) => [`fields.${f}.f1`, r.fields[f].f1])),
    macroF1: r.macroF1,
    mentionAccuracy: r.mentionAccuracy,
    dateRoleAccuracy: r.dateRoleAccuracy,
    'reconcile.f1': r.reconcile.f1,
  };
}

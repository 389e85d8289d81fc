/**
 * The unit of work a worker thread does: one article's bytes in, its serialised outputs and
 * its summary out (strings and numbers only: cheap to send back between threads). The same
 * function runs inline when the run uses no worker thread.
 */
import type { RawInput } from '../ingest/types.ts';
import { ArticleRecord as RecordSchema, type ArticleError, type ArticleRecord } from '../schema/index.ts';
import { buildProfile, type Profile } from '../reconcile/profile.ts';
import { stableJson } from '../output/write.ts';
import { processArticle, type StageTimings } from './article.ts';
import type { ArticleSummary } from './cache.ts';

export interface ExtractTask {
  input: RawInput;
  profile?: boolean;
}

export type TaskResult =
  | { ok: true; recordJson: string; text: string; profiles: Profile[]; summary: ArticleSummary; timings: StageTimings & { serialize: number; profile: number } }
  | { ok: false; error: ArticleError };

export const FACT_KINDS = ['vehicles', 'dates', 'people', 'organizations', 'locations', 'causes', 'consequences'] as const;

export function countFacts(records: Iterable<ArticleRecord>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(FACT_KINDS.map((k) => [k, 0]));
  for (const r of records) for (const i of r.incidents) for (const k of FACT_KINDS) out[k] += i[k].length;
  return out;
}

export function summarize(record: ArticleRecord, bytes: number): ArticleSummary {
  const warnings = record.diagnostics.filter((d) => d.severity === 'warning').map((d) => ({ article: record.article.id, code: d.code, message: d.message }));
  return { incidents: record.incidents.length, facts: countFacts([record]), warnings, bytes };
}

export function runExtractTask(task: ExtractTask): TaskResult {
  const r = processArticle(task.input, { profile: task.profile });
  if (!r.ok) return { ok: false, error: r.error };
  const t = performance.now();
  const recordJson = stableJson(r.record);
  const serialize = performance.now() - t;
  const t2 = performance.now();
  const profiles = profilesOfJson(recordJson, r.text);
  const profile = performance.now() - t2;
  return { ok: true, recordJson, text: r.text, profiles, summary: summarize(r.record, task.input.bytes.byteLength), timings: { ...r.timings, serialize, profile } };
}

/**
 * The reconcile profiles of a record, built in the worker (in parallel) from the record as the
 * reconciler reads it back from disk (the written JSON, schema-parsed), so that they are exactly
 * the profiles a later `factwire reconcile` of the output folder builds.
 */
export function profilesOfJson(recordJson: string, text: string): Profile[] {
  const record = RecordSchema.parse(JSON.parse(recordJson));
  return record.incidents.map((i) => buildProfile(record, i, text));
}

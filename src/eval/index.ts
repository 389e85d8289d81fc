/**
 * `factwire eval`: scores a run's records against hand annotations, per field and for
 * incident detection (micro-averaged over articles), plus pairwise precision/recall/F1 of
 * the run's reconciled incidents against the gold incident keys across articles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, ReconciledIncident } from '../schema/index.ts';
import { readGoldDir } from './gold.ts';
import { FIELDS, scoreArticle, zero, type ArticleScore, type Counts, type ErrorEntry, type Field } from './score.ts';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  articles: number;
  incidents: Prf;
  fields: Record<Field, Prf>;
  macroF1: number;
  mentionAccuracy: number;
  dateRoleAccuracy: number;
  reconcile: Prf;
  errors: ErrorEntry[];
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1), ...c };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Pairwise scores of clusterings over the same items (label = cluster id). */
export function pairwise(items: { predicted: string; gold: string }[]): Counts {
  const c = zero();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sp = items[i].predicted === items[j].predicted;
      const sg = items[i].gold === items[j].gold;
      if (sp && sg) c.tp++;
      else if (sp) c.fp++;
      else if (sg) c.fn++;
    }
  }
  return c;
}

async function readRecord(outDir: string, id: string): Promise<ArticleRecord | undefined> {
  const text = await readFile(path.join(outDir, 'records', `${id}.json`), 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as ArticleRecord) : undefined;
}

async function readReconciled(outDir: string): Promise<ReconciledIncident[]> {
  const text = await readFile(path.join(outDir, 'incidents.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReconciledIncident);
}

export async function evaluate(outDir: string, goldDir: string): Promise<EvalReport> {
  const gold = await readGoldDir(goldDir);
  const scores: ArticleScore[] = [];
  for (const [id, incidents] of gold) {
    const rec = await readRecord(outDir, id);
    scores.push(scoreArticle(id, rec?.incidents ?? [], incidents));
  }
  const clusterOf = new Map<string, string>();
  for (const r of await readReconciled(outDir)) for (const m of r.members) clusterOf.set(`${m.article}#${m.incident}`, r.id);
  const items = scores.flatMap((s) => s.pairs.map((p) => ({ predicted: clusterOf.get(`${s.article}#${p.predicted}`) ?? `${s.article}#${p.predicted}`, gold: p.gold })));
  const fields = Object.fromEntries(FIELDS.map((f) => [f, prf(scores.reduce((c, s) => add(c, s.fields[f]), zero()))])) as Record<Field, Prf>;
  const ratio = (k: 'mention' | 'dateRole') => {
    const t = scores.reduce((n, s) => n + s[k].total, 0);
    return t ? r4(scores.reduce((n, s) => n + s[k].correct, 0) / t) : 1;
  };
  return {
    articles: scores.length,
    incidents: prf(scores.reduce((c, s) => add(c, s.incidents), zero())),
    fields,
    macroF1: r4(FIELDS.reduce((n, f) => n + fields[f].f1, 0) / FIELDS.length),
    mentionAccuracy: ratio('mention'),
    dateRoleAccuracy: ratio('dateRole'),
    reconcile: prf(pairwise(items)),
    errors: scores.flatMap((s) => s.errors),
  };
}

const pct = (x: number) => x.toFixed(3);

export function formatReport(r: EvalReport): string {
  const row = (name: string, p: Prf) => `${name.padEnd(16)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;
  return [
    `articles scored: ${r.articles}`,
    `${'field'.padEnd(16)} prec.  rec.   F1        tp   fp   fn`,
    row('incidents', r.incidents),
    ...FIELDS.map((f) => row(f, r.fields[f])),
    `macro-F1 over fields: ${pct(r.macroF1)}`,
    `mention (main/background) accuracy: ${pct(r.mentionAccuracy)}; date role accuracy: ${pct(r.dateRoleAccuracy)}`,
    row('reconcile pairs', r.reconcile),
  ].join('\n');
}

export function formatErrors(errors: ErrorEntry[]): string {
  return errors
    .map((e) => `${e.article}\t${e.field}\t${e.kind === 'miss' ? 'MISS' : 'FALSE'}\t${e.incident}\t${e.value}${e.quote ? `\t“${e.quote}”` : ''}${e.ruleId ? `\t[${e.ruleId}]` : ''}`)
    .join('\n');
}

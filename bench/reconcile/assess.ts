/**
 * The ECB+ incident-topic assessment: stage the documents of the 16 incident topics as a corpus,
 * run the whole pipeline over them, put each article in the reconciled incident of its main
 * incident (articles with none are singletons) and score that clustering against the gold
 * sub-topics, all topics together, beside the type-and-month baseline.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { readRunRecords } from '../../src/pipeline/records.ts';
import { runCorpus } from '../../src/pipeline/run.ts';
import type { ArticleRecord, ReconciledIncident } from '../../src/schema/index.ts';
import { REPO_ROOT, benchmarkDir } from '../lib/data.ts';
import { typeMonthKey } from './baseline.ts';
import { readClass, stageCorpus } from './ecbplus.ts';
import { bcubed, falseMerges, pairScores, type Assignment } from './score.ts';

/** Topics the event-coreference literature keeps for testing (ECB+ README): only 37, 38 and 41 are incident topics. */
export const TEST_TOPICS = ['37', '38', '41'];

export interface Scores {
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
  falseMerges: { sameTopic: number; crossTopic: number };
}

export interface EcbReport {
  documents: number;
  goldClusters: number;
  failed: number;
  withoutIncident: number;
  ours: Scores;
  baseline: Scores;
  testTopics: { documents: number; ours: Scores; baseline: Scores };
  /** Gold clusters split over several of our incidents, largest first (for the error report). */
  splits: { gold: string; pieces: number[] }[];
  /** Our incidents holding several gold clusters. */
  mixes: { incident: string; gold: Record<string, number> }[];
  pipelineSeconds: number;
}

function scores(items: Assignment[]): Scores {
  const p = pairScores(items);
  return { bcubed: bcubed(items), pairwise: { precision: p.precision, recall: p.recall, f1: p.f1 }, falseMerges: falseMerges(items, (g) => g.split('_')[0]) };
}

async function readJsonl(file: string): Promise<ReconciledIncident[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReconciledIncident);
}

export async function assessEcbPlus(dir: string, work = path.join(REPO_ROOT, 'output', 'bench', 'reconcile', 'ecbplus')): Promise<EcbReport> {
  const esl = benchmarkDir('eventstoryline');
  const docs = readClass(dir, 'incident', esl ? path.join(esl, 'annotated_data', 'v1.5') : null);
  const corpus = path.join(work, 'corpus');
  const out = path.join(work, 'run');
  await rm(work, { recursive: true, force: true });
  stageCorpus(docs, corpus);
  const t = performance.now();
  const { manifest, ids } = await runCorpus({ corpus: [corpus], out, cache: false });
  const records = await readRunRecords(out, ids);
  const pipelineSeconds = Math.round((performance.now() - t) / 100) / 10;
  const incidentOf = new Map<string, string>();
  for (const r of await readJsonl(path.join(out, 'incidents.jsonl'))) for (const m of r.members) incidentOf.set(`${m.article}#${m.incident}`, r.id);
  const byId = new Map<string, ArticleRecord>(records.map((r) => [r.article.id, r]));
  const ours: Assignment[] = [];
  const base: Assignment[] = [];
  for (const d of docs) {
    const r = byId.get(d.id);
    const main = r?.incidents.find((i) => i.mention === 'main');
    ours.push({ doc: d.id, gold: d.gold, predicted: main ? (incidentOf.get(`${d.id}#${main.id}`) ?? `lost:${d.id}`) : `none:${d.id}` });
    base.push({ doc: d.id, gold: d.gold, predicted: (r && typeMonthKey(r)) ?? `none:${d.id}` });
  }
  const inTest = (a: Assignment) => TEST_TOPICS.includes(a.gold.split('_')[0]);
  return {
    documents: docs.length,
    goldClusters: new Set(docs.map((d) => d.gold)).size,
    failed: manifest.counts.failed,
    withoutIncident: ours.filter((a) => a.predicted.startsWith('none:')).length,
    ours: scores(ours),
    baseline: scores(base),
    testTopics: { documents: ours.filter(inTest).length, ours: scores(ours.filter(inTest)), baseline: scores(base.filter(inTest)) },
    splits: splitsOf(ours),
    mixes: mixesOf(ours),
    pipelineSeconds,
  };
}

function splitsOf(items: Assignment[]): EcbReport['splits'] {
  const byGold = new Map<string, Map<string, number>>();
  for (const it of items) byGold.set(it.gold, (byGold.get(it.gold) ?? new Map()).set(it.predicted, (byGold.get(it.gold)?.get(it.predicted) ?? 0) + 1));
  return [...byGold.entries()]
    .map(([gold, m]) => ({ gold, pieces: [...m.values()].sort((a, b) => b - a) }))
    .filter((s) => s.pieces.length > 1)
    .sort((a, b) => b.pieces.length - a.pieces.length || (a.gold < b.gold ? -1 : 1));
}

function mixesOf(items: Assignment[]): EcbReport['mixes'] {
  const byPred = new Map<string, Record<string, number>>();
  for (const it of items) {
    const g = byPred.get(it.predicted) ?? {};
    g[it.gold] = (g[it.gold] ?? 0) + 1;
    byPred.set(it.predicted, g);
  }
  return [...byPred.entries()].filter(([, g]) => Object.keys(g).length > 1).map(([incident, gold]) => ({ incident, gold })).sort((a, b) => (a.incident < b.incident ? -1 : 1));
}

/** The figures pinned as floors, by stable key. */
export function keyFigures(r: EcbReport): Record<string, number> {
  return {
    'ours.bcubedF1': r.ours.bcubed.f1,
    'ours.bcubedPrecision': r.ours.bcubed.precision,
    'ours.bcubedRecall': r.ours.bcubed.recall,
    'ours.pairwiseF1': r.ours.pairwise.f1,
  };
}

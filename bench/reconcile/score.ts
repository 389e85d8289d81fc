/**
 * Clustering scores over documents: pairwise precision/recall/F1 (pairs of documents together
 * in the prediction and in the gold) and B-cubed (per-document overlap of its predicted and gold
 * clusters, averaged). Every document is in exactly one predicted cluster (singletons allowed).
 */
import { pairwise, prf, type Prf } from '../../src/eval/index.ts';

export interface Assignment {
  doc: string;
  predicted: string;
  gold: string;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function bcubed(items: Assignment[]): BCubed {
  const byPred = new Map<string, Assignment[]>();
  const byGold = new Map<string, Assignment[]>();
  for (const it of items) {
    byPred.set(it.predicted, [...(byPred.get(it.predicted) ?? []), it]);
    byGold.set(it.gold, [...(byGold.get(it.gold) ?? []), it]);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const pred = byPred.get(it.predicted)!;
    const both = pred.filter((x) => x.gold === it.gold).length;
    p += both / pred.length;
    r += both / byGold.get(it.gold)!.length;
  }
  const precision = items.length ? p / items.length : 1;
  const recall = items.length ? r / items.length : 1;
  return { precision: r4(precision), recall: r4(recall), f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
}

export function pairScores(items: Assignment[]): Prf {
  return prf(pairwise(items));
}

/** Pairs wrongly put together, split by whether the two documents share a topic (prefix before "_"). */
export function falseMerges(items: Assignment[], topicOf: (gold: string) => string): { sameTopic: number; crossTopic: number } {
  let sameTopic = 0;
  let crossTopic = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i].predicted !== items[j].predicted || items[i].gold === items[j].gold) continue;
      if (topicOf(items[i].gold) === topicOf(items[j].gold)) sameTopic++;
      else crossTopic++;
    }
  }
  return { sameTopic, crossTopic };
}

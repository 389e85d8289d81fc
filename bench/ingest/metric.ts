/**
 * The article-extraction benchmark's metric, our own implementation of what its README describes:
 * tokens are maximal runs of word characters (case kept); a text is a multiset of overlapping
 * 4-token shingles (1–3 tokens give one shorter shingle, none give none); per page, TP/FP/FN are
 * counted over shingles and divided by their sum; precision and recall are averaged over pages
 * (a page whose prediction has no shingle is left out of precision, scores 0 in recall); F1 is the
 * harmonic mean of the two means. Accuracy: the share of pages whose token sequence is exact.
 */

/** Python's `\w+` on str: letters, numbers and "_" (combining marks are not word characters). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of shingles: shingle (tokens joined by a space) → count. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Shares of one page: tp + fp + fn = 1 (all 0 when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function matchPage(truth: string, prediction: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** Pages whose prediction has no token. */
  empty: number;
  pages: number;
}

export interface ScoredPage {
  truth: string;
  prediction: string;
}

export function score(pages: readonly ScoredPage[]): Scores {
  const counts = pages.map((p) => matchPage(p.truth, p.prediction));
  const precisions = counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision);
  const recalls = counts.filter((c) => c.tp + c.fn > 0).map(pageRecall);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pages.filter((p) => sameTokens(p.truth, p.prediction)).length;
  const empty = pages.filter((p) => tokenize(p.prediction).length === 0).length;
  return { f1, precision, recall, accuracy: pages.length ? exact / pages.length : 0, empty, pages: pages.length };
}

function sameTokens(a: string, b: string): boolean {
  const ta = tokenize(a);
  const tb = tokenize(b);
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

/**
 * Scoring, TempEval-3 style for dates and span/entity F1 for names. Pure functions over spans
 * in the rebuilt text; which gold mentions count is decided in gold.ts.
 */
import type { Span } from './predictions.ts';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function addPrf(a: Prf, b: Pick<Prf, 'tp' | 'fp' | 'fn'>): Prf {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export const EMPTY_PRF = prf(0, 0, 0);

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

export interface SpanMatch<G extends Span, P extends Span> {
  pairs: [G, P][];
  missed: G[];
  falseHits: P[];
}

/**
 * One-to-one matching: strict pairs identical spans; relaxed pairs any overlap, greedily by
 * the largest overlap first (ties: earlier gold, then earlier prediction).
 */
export function matchSpans<G extends Span, P extends Span>(gold: G[], pred: P[], mode: 'strict' | 'relaxed'): SpanMatch<G, P> {
  const candidates: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const size = overlap(g, p);
      if (mode === 'strict' ? sameSpan(g, p) : size > 0) candidates.push({ g: gi, p: pi, size });
    }),
  );
  candidates.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g], pred[c.p]]);
  }
  return { pairs, missed: gold.filter((_, i) => !usedG.has(i)), falseHits: pred.filter((_, i) => !usedP.has(i)) };
}

/**
 * Entity mentions nest ("the first Airbus A380" holds "Airbus A380"; "the Sky and Astra" holds
 * "Astra"): one prediction can match only one of them. A missed gold mention that overlaps a
 * matched prediction is covered by it, not missed: it leaves `missed` (and is counted nowhere).
 */
export function excuseNested<G extends Span, P extends Span>(m: SpanMatch<G, P>): SpanMatch<G, P> & { covered: G[] } {
  const covered = m.missed.filter((g) => m.pairs.some(([, p]) => overlap(g, p) > 0 || m.pairs.some(([g2]) => g2 !== g && overlap(g2, g) > 0 && sameSpan(g2, p))));
  return { ...m, missed: m.missed.filter((g) => !covered.includes(g)), covered };
}

export const spanPrf = (m: SpanMatch<Span, Span>): Pick<Prf, 'tp' | 'fp' | 'fn'> => ({ tp: m.pairs.length, fp: m.falseHits.length, fn: m.missed.length });

/** A quirk-free, comparable TimeML value (see the corpus README: normalisation). */
export function canonicalValue(v: string): string {
  let s = v.trim().toUpperCase();
  s = s.replace(/^P([YMWDQ])(\d+(?:\.\d+)?)$/, 'P$2$1'); // gold quirks "PM6", "PY5"
  while (/\d-XX$/.test(s)) s = s.replace(/-XX$/, ''); // "2009-06-XX" ≡ "2009-06"; "XXXX-XX-XX" stays
  const zoned = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (zoned) {
    const t = new Date(`${zoned[1]}:00${zoned[2]}`);
    if (!Number.isNaN(t.getTime())) s = `${t.toISOString().slice(0, 16)}Z`;
  }
  return s;
}

export const REF_VALUES = /^(?:PRESENT|PAST|FUTURE)_REF$/;
const PART_OF_DAY = /^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$/;

/**
 * Equal values after canonical form. A zoneless time matches the same clock time in UTC (the
 * gold states UTC; a system that keeps "local time" is not charged for a zone it was not told);
 * a part-of-day gold ("2010-07-16TMO") matches a day the system marks as part of a day.
 */
export function sameValue(gold: string, pred: string, predGranularity?: string): boolean {
  const g = canonicalValue(gold);
  const p = canonicalValue(pred);
  if (g === p) return true;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(p) && g === `${p}Z`) return true;
  const pod = PART_OF_DAY.exec(g);
  return pod !== null && predGranularity === 'part-of-day' && p === pod[1];
}

/**
 * Cause refiners: drop exact duplicates, prefer the inner of two nested causes (keeping a hedge:
 * "investigators believe [the fire was caused by [wiring]]" gives "wiring" with cue `belief`),
 * and sort by position.
 */
import type { ClauseMention, Refiner } from '../types.ts';
import { hedgedCues } from '../../lexicons/causes.ts';

const hedged = new Set(hedgedCues);
const contains = (a: ClauseMention, b: ClauseMention) =>
  a !== b && a.sentence === b.sentence && a.start <= b.start && b.end <= a.end && (a.start !== b.start || a.end !== b.end);

export const dropDuplicates: Refiner<ClauseMention> = {
  id: 'cause.refine.duplicates',
  description: 'same span twice: keep the first (rule order is priority); an unknown-cause mention never competes with a stated one',
  refine(ms) {
    const seen = new Set<string>();
    return ms.filter((m) => {
      const key = `${m.start}:${m.end}:${m.cue === 'unknown'}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};

export const preferInner: Refiner<ClauseMention> = {
  id: 'cause.refine.inner',
  description: 'a cause span holding another cause span is dropped; the inner one inherits a hedged cue',
  refine(ms) {
    const stated = ms.filter((m) => m.cue !== 'unknown');
    return ms
      .filter((a) => a.cue === 'unknown' || !stated.some((b) => contains(a, b)))
      .map((b) => {
        if (b.cue === 'unknown' || hedged.has(b.cue)) return b;
        const outer = stated.find((a) => contains(a, b) && hedged.has(a.cue));
        return outer ? { ...b, cue: outer.cue } : b;
      });
  },
};

export const sortByPosition: Refiner<ClauseMention> = {
  id: 'cause.refine.sort',
  description: 'by start, then end, then rule id: deterministic output',
  refine: (ms) => [...ms].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)),
};

/** Run in this order: duplicates before nesting, sorting last. */
export const causeRefiners: Refiner<ClauseMention>[] = [dropDuplicates, preferInner, sortByPosition];

/**
 * Keeps one mention where spans overlap: the longer; on a tie a date or time over a duration or
 * set, then the one found first. e.g. "two days ago" (date) over "two days" (duration).
 */
import type { Refiner } from '../../types.ts';
import type { DateCandidate } from '../candidate.ts';

const rank = (c: DateCandidate): number => (c.timexType === 'DATE' || c.timexType === 'TIME' ? 1 : 0);

/** True when `a` should be kept over `b`. */
const beats = (a: DateCandidate, b: DateCandidate): boolean =>
  a.end - a.start !== b.end - b.start ? a.end - a.start > b.end - b.start : rank(a) >= rank(b);

export const removeOverlaps: Refiner<DateCandidate> = {
  id: 'date.remove-overlaps',
  description: 'Keeps the longer of two overlapping mentions ("two days ago" over "two days").',
  refine(mentions) {
    const sorted = mentions
      .map((c, i) => ({ c, i }))
      .sort((x, y) => x.c.start - y.c.start || y.c.end - x.c.end || x.i - y.i);
    const kept: DateCandidate[] = [];
    for (const { c } of sorted) {
      const last = kept[kept.length - 1];
      if (!last || c.start >= last.end) kept.push(c);
      else if (!beats(last, c)) kept[kept.length - 1] = c;
    }
    return kept;
  },
};

/**
 * Dates counted from a base day: "yesterday" → base - 1 day, "two days ago", "last month" →
 * 2023-01, "next week" → 2023-W08, "three years ago today" → 2020-02-13, "tonight" → the day
 * (granularity part-of-day). The base is the publication date here, an anchor in ./anchor.ts.
 */
import type { Refiner } from '../../types.ts';
import type { Granularity } from '../../types.ts';
import type { RelativeSpec } from '../../../lexicons/dates.ts';
import { addDays, addMonths, addYears, formatIsoWeek, formatYMD, parseYMD, type YMD } from '../calendar.ts';
import { addNote, type DateCandidate } from '../candidate.ts';
import { monthValue, settle } from '../format.ts';

/** Weeks have no Granularity of their own in the contract: they are `vague` ("2023-W08"). */
export function resolveRelative(spec: RelativeSpec, base: YMD): { value: string; granularity: Granularity } {
  const { unit, n, gran } = spec;
  const day = (d: YMD): { value: string; granularity: Granularity } => ({ value: formatYMD(d), granularity: gran === 'part-of-day' ? 'part-of-day' : 'day' });
  if (unit === 'day') return day(addDays(base, n));
  if (unit === 'week') return gran === 'week' ? { value: formatIsoWeek(addDays(base, 7 * n)), granularity: 'vague' } : day(addDays(base, 7 * n));
  if (unit === 'month') {
    const m = addMonths(base.year, base.month, n);
    // addYears(…, 0) clamps the day: one month before Mar. 31 is Feb. 28.
    return gran === 'month' ? { value: monthValue(m), granularity: 'month' } : day(addYears({ ...m, day: base.day }, 0));
  }
  return gran === 'year' ? { value: String(base.year + n), granularity: 'year' } : day(addYears(base, n));
}

/** The value shape when the base is unknown: "XXXX-XX-XX", "XXXX-XX", "XXXX", "XXXX-WXX". */
export function unresolvedRelative(spec: RelativeSpec): { value: string; granularity: Granularity } {
  const shapes: Record<string, [string, Granularity]> = {
    day: ['XXXX-XX-XX', 'day'], 'part-of-day': ['XXXX-XX-XX', 'part-of-day'], week: ['XXXX-WXX', 'vague'], month: ['XXXX-XX', 'month'], year: ['XXXX', 'year'],
  };
  const [value, granularity] = shapes[spec.gran];
  return { value, granularity };
}

export const resolveRelativeRefiner: Refiner<DateCandidate> = {
  id: 'date.relative',
  description: '"yesterday", "two days ago", "last month", "next week", counted from publication.',
  refine(mentions, doc) {
    const pub = parseYMD(doc.published);
    return mentions.map((c) => {
      if (c.value || !c.relative || c.relative.from !== 'publication') return c;
      if (!pub) {
        const u = unresolvedRelative(c.relative);
        return addNote(settle(c, u.value, u.granularity, 'date.relative'), 'unresolved-relative');
      }
      const r = resolveRelative(c.relative, pub);
      return settle(c, r.value, r.granularity, 'date.relative');
    });
  },
};

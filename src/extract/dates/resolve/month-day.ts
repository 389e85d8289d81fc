/**
 * Month and day without a year: the most recent past occurrence ("Dec. 14" in a February 2023
 * story → 2022-12-14); a future cue → the coming one; no cue and more than PAST_WINDOW_DAYS back
 * → the coming one ("Feb. 20" in a Feb. 13 story). Unknown publication → XXXX-12-14.
 */
import type { Refiner } from '../../types.ts';
import { PAST_WINDOW_DAYS } from '../../../lexicons/dates.ts';
import { daysBetween, isValidYMD, parseYMD, type YMD } from '../calendar.ts';
import type { DateCandidate } from '../candidate.ts';
import { dayValue, settle } from '../format.ts';
import { directionOf, type Direction } from './direction.ts';

/** The year for month/day; Feb. 29 moves to the nearest leap year in the chosen direction. */
export function resolveMonthDay(month: number, day: number, published: YMD, direction: Direction): number {
  const md = month * 100 + day;
  const pmd = published.month * 100 + published.day;
  const ahead = direction === 'future' || direction === 'next';
  let year = ahead ? (md >= pmd ? published.year : published.year + 1) : md <= pmd ? published.year : published.year - 1;
  const flip = direction === 'unknown' && daysBetween({ year, month, day: Math.min(day, 28) }, published) > PAST_WINDOW_DAYS;
  if (flip) year += 1;
  const step = ahead || flip ? 1 : -1;
  for (let k = 0; k < 8 && !isValidYMD({ year, month, day }); k++) year += step;
  return year;
}

export const resolveMonthDayRefiner: Refiner<DateCandidate> = {
  id: 'date.month-day',
  description: '"Dec. 14" in a Feb. 2023 story → 2022-12-14 (most recent past, unless a future cue).',
  refine(mentions, doc) {
    const pub = parseYMD(doc.published);
    return mentions.map((c) => {
      const { month, day, year } = c.parts;
      if (c.value || month === undefined || day === undefined || year !== undefined || c.relative) return c;
      const y = pub ? resolveMonthDay(month, day, pub, directionOf(c, doc)) : undefined;
      return settle(c, dayValue({ year: y, month, day }), 'day', 'date.month-day');
    });
  },
};

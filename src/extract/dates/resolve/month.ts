/**
 * A month alone: "in December" in a February 2023 story → 2022-12 (most recent past, this month
 * included); "last July" → the July before this month; "next March", a future cue → the coming one;
 * "this July" → publication year. No cue and PAST_WINDOW_MONTHS back or more → the coming one.
 */
import type { Refiner } from '../../types.ts';
import { PAST_WINDOW_MONTHS } from '../../../lexicons/dates.ts';
import { parseYMD, type YMD } from '../calendar.ts';
import type { DateCandidate } from '../candidate.ts';
import { monthValue, settle } from '../format.ts';
import { directionOf, type Direction } from './direction.ts';

export function resolveMonth(month: number, published: YMD, direction: Direction): number {
  const y = published.year;
  const p = published.month;
  switch (direction) {
    case 'last':
      return month < p ? y : y - 1;
    case 'next':
      return month > p ? y : y + 1;
    case 'this':
      return y;
    case 'future':
      return month >= p ? y : y + 1;
    case 'past':
      return month <= p ? y : y - 1;
    default: {
      const year = month <= p ? y : y - 1;
      return (y - year) * 12 + p - month >= PAST_WINDOW_MONTHS ? year + 1 : year;
    }
  }
}

export const resolveMonthRefiner: Refiner<DateCandidate> = {
  id: 'date.month',
  description: '"in December" in a Feb. 2023 story → 2022-12; "last July" → 2022-07.',
  refine(mentions, doc) {
    const pub = parseYMD(doc.published);
    return mentions.map((c) => {
      const { month, day, year, weekday } = c.parts;
      if (c.value || month === undefined || day !== undefined || year !== undefined || weekday !== undefined || c.relative) return c;
      const y = pub ? resolveMonth(month, pub, directionOf(c, doc)) : undefined;
      return settle(c, monthValue({ year: y, month }), 'month', 'date.month');
    });
  },
};

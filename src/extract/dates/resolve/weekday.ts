/**
 * Weekdays in news are past: "Saturday" in a story published Monday 2023-02-13 is 2023-02-11
 * (the same weekday as publication is publication day). A future cue or "next" → the coming one;
 * "last" → strictly before; "this" → the same Monday–Sunday week. Unknown publication → XXXX-WXX-6.
 */
import type { Refiner } from '../../types.ts';
import { addDays, formatIsoWeek, formatYMD, parseYMD, weekdayOf, type YMD } from '../calendar.ts';
import type { DateCandidate } from '../candidate.ts';
import { settle } from '../format.ts';
import { directionOf, type Direction } from './direction.ts';

/** weekday: 0 = Sunday … 6 = Saturday. */
export function resolveWeekday(weekday: number, published: YMD, direction: Direction): YMD {
  const p = weekdayOf(published);
  switch (direction) {
    case 'next':
    case 'future':
      return addDays(published, (weekday - p + 7) % 7 || 7);
    case 'last':
      return addDays(published, -((p - weekday + 7) % 7 || 7));
    case 'this':
      return addDays(published, ((weekday + 6) % 7) - ((p + 6) % 7));
    default:
      return addDays(published, -((p - weekday + 7) % 7));
  }
}

const ruleIdFor = (d: Direction): string =>
  d === 'next' || d === 'future' ? 'date.weekday-future' : d === 'this' ? 'date.weekday-this' : 'date.weekday-past';

export const resolveWeekdayRefiner: Refiner<DateCandidate> = {
  id: 'date.weekday',
  description: '"Saturday" → the most recent Saturday on or before publication, unless a future cue.',
  refine(mentions, doc) {
    const pub = parseYMD(doc.published);
    return mentions.map((c) => {
      const { weekday, day, month, year } = c.parts;
      if (c.value || weekday === undefined || day !== undefined || month !== undefined || year !== undefined || c.relative) return c;
      const direction = directionOf(c, doc);
      if (c.weekend) {
        const value = pub ? `${formatIsoWeek(resolveWeekday(6, pub, direction))}-WE` : 'XXXX-WXX-WE';
        return settle(c, value, 'vague', ruleIdFor(direction));
      }
      const value = pub ? formatYMD(resolveWeekday(weekday, pub, direction)) : `XXXX-WXX-${weekday || 7}`;
      return settle(c, value, 'day', ruleIdFor(direction));
    });
  },
};

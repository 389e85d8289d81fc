/**
 * A time needs minutes, a.m./p.m., a zone, "hours" or a named hour: "at 5" or "Chapter 11 at 10"
 * is no time. With a date beside it ("Friday at 5"), the date stays and the hour goes.
 */
import type { Refiner } from '../../types.ts';
import { hasDate, type DateCandidate } from '../candidate.ts';

const CLOCK = /\d[:.]\s?\d{2}|\d{4}\s*(?:hours|hrs)|\d{4}\s*[A-Z]|\d\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b|\bmidday\b|o'clock/i;

export const dropBareHour: Refiner<DateCandidate> = {
  id: 'date.drop-bare-hour',
  description: 'A lone hour ("at 5") is no time; a date beside it stays.',
  refine(mentions) {
    return mentions.flatMap((c) => {
      if (c.parts.hour === undefined || c.parts.offset !== undefined || CLOCK.test(c.text)) return [c];
      if (!hasDate(c)) return [];
      const { hour: _h, minute: _m, ...parts } = c.parts;
      return [{ ...c, parts, granularity: 'day' as const, timexType: 'DATE' as const }];
    });
  },
};

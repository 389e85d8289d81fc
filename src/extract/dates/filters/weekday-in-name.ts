/**
 * Drops a lone weekday inside a title: "The Sunday Times", "the Sunday Telegraph", "the Friday
 * Prayer". Only after "the" and before a capitalised word: "On Saturday NASA said" stays.
 */
import type { Refiner } from '../../types.ts';
import type { DateCandidate } from '../candidate.ts';

const THE_BEFORE = /(?:^|\W)the\s+$/i;
const NAME_AFTER = /^\s[A-Z][a-z]/;

export const dropWeekdayInName: Refiner<DateCandidate> = {
  id: 'date.drop-weekday-in-name',
  description: '"The Sunday Times" is a newspaper, not a Sunday.',
  refine(mentions, doc) {
    return mentions.filter((c) => {
      const p = c.parts;
      if (p.weekday === undefined || p.day !== undefined || p.hour !== undefined || c.modifier) return true;
      const before = doc.text.slice(Math.max(0, c.start - 10), c.start);
      return !(THE_BEFORE.test(before) && NAME_AFTER.test(doc.text.slice(c.end, c.end + 3)));
    });
  },
};

/**
 * Drops a lone abbreviated weekday: "the Sun reported", "Sat down". Kept with a date or a time:
 * "Sun., Feb. 12", "Sat 9 p.m.".
 */
import type { Refiner } from '../../types.ts';
import { WEEKDAY_ABBREVIATIONS } from '../../../lexicons/dates.ts';
import type { DateCandidate } from '../candidate.ts';

const ABBREVIATIONS = new Set<string>(WEEKDAY_ABBREVIATIONS);

export const dropWeekdayAbbreviation: Refiner<DateCandidate> = {
  id: 'date.drop-weekday-abbreviation',
  description: 'A lone "Sun"/"Sat"/"Wed" is a newspaper or a verb, not a weekday.',
  refine(mentions) {
    return mentions.filter((c) => {
      const p = c.parts;
      if (p.weekday === undefined || p.day !== undefined || p.hour !== undefined) return true;
      const word = c.text.replace(/^(?:this|last|past|next)\s+/i, '').replace(/\.$/, '').toLowerCase();
      return !ABBREVIATIONS.has(word);
    });
  },
};

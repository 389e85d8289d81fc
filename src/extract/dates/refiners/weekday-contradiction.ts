/**
 * Notes a weekday that does not fit its date, keeping the date: "Saturday, Feb. 12, 2023"
 * (a Sunday) → value 2023-02-12, note `weekday-contradiction`. Never silently fixed.
 */
import type { Refiner } from '../../types.ts';
import { parseYMD, weekdayOf } from '../calendar.ts';
import { addNote, type DateCandidate } from '../candidate.ts';

export const noteWeekdayContradiction: Refiner<DateCandidate> = {
  id: 'date.weekday-contradiction',
  description: 'Flags "Saturday, Feb. 12, 2023" when Feb. 12, 2023 is a Sunday.',
  refine(mentions) {
    return mentions.map((c) => {
      const date = c.parts.weekday !== undefined && c.parts.day !== undefined ? parseYMD(c.value) : null;
      return date && weekdayOf(date) !== c.parts.weekday ? addNote(c, 'weekday-contradiction') : c;
    });
  },
};

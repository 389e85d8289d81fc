/**
 * A range said in one expression ("Dec. 14-16", "Dec. 14 to Dec. 16") stays one mention valued
 * at its start, with the end in a note: `range-end:2022-12-16`. Two dates said apart ("between
 * Dec. 14 and Dec. 16") are two mentions already.
 */
import type { Refiner } from '../../types.ts';
import { parseYMD } from '../calendar.ts';
import { addNote, type DateCandidate } from '../candidate.ts';
import { dayValue } from '../format.ts';

export const noteRangeEnd: Refiner<DateCandidate> = {
  id: 'date.range-end',
  description: '"Dec. 14-16" → value 2022-12-14, note range-end:2022-12-16.',
  refine(mentions) {
    return mentions.map((c) => {
      const e = c.endParts;
      if (!e || e.day === undefined || c.granularity !== 'day') return c;
      const start = parseYMD(c.value);
      const month = e.month ?? start?.month ?? c.parts.month;
      if (month === undefined) return c;
      const year = e.year ?? (start ? start.year + (month < start.month ? 1 : 0) : undefined);
      return addNote(c, `range-end:${dayValue({ year, month, day: e.day })}`);
    });
  },
};

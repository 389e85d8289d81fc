/**
 * Trims a span to the natural expression: no leading preposition or bracket, no trailing comma
 * or unmatched bracket ("7 a.m. (IST)" keeps its own).
 * e.g. "on Saturday," → "Saturday"; "at 10.30pm" → "10.30pm".
 */
import type { Refiner } from '../../types.ts';
import { respan, type DateCandidate } from '../candidate.ts';

const LEAD = /^(?:[,(\uFF08]\s*)?(?:(?:on|at|in|around|about|by|since|from|until|till|during|of|for|within|approximately|roughly|nearly|almost)\s+)*/i;
const TRAIL = /[\s,;:(\uFF08]+$|(?<=^[^(]*)\)$/;

export const trimSpan: Refiner<DateCandidate> = {
  id: 'date.trim-span',
  description: 'Drops leading prepositions and trailing punctuation: "on Saturday," → "Saturday".',
  refine(mentions, doc) {
    return mentions.map((c) => {
      const lead = LEAD.exec(c.text)?.[0].length ?? 0;
      const trail = TRAIL.exec(c.text.slice(lead))?.[0].length ?? 0;
      if (lead === 0 && trail === 0) return c;
      if (lead + trail >= c.text.length) return c;
      return respan(c, doc, c.start + lead, c.end - trail);
    });
  },
};

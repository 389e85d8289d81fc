/**
 * Takes an approximation said right before a duration into its span, as TimeML marks it:
 * "over six years", "nearly five months", "more than a week", "about 20 minutes".
 * Only durations: "over the weekend" and "about 9 p.m." keep their spans.
 */
import type { Refiner } from '../../types.ts';
import { DURATION_APPROXIMATIONS } from '../../../lexicons/dates.ts';
import { respan, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';

const BEFORE = new RegExp(`(?<![\\w-])${anyOf(DURATION_APPROXIMATIONS)}\\s+$`, 'i');

export const extendApproximation: Refiner<DateCandidate> = {
  id: 'date.extend-approximation',
  description: 'Takes "over", "nearly", "more than"… before a duration into the span: "over six years".',
  refine(mentions, doc) {
    return mentions.map((c) => {
      if (c.timexType !== 'DURATION') return c;
      const m = BEFORE.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
      return m ? respan(c, doc, c.start - m[0].length, c.end) : c;
    });
  },
};

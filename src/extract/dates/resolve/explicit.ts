/**
 * Dates whose year is said: "February 11, 2023" → 2023-02-11, "December 2022" → 2022-12,
 * "in 2019" → 2019, "11/02/2023" → 2023-11-02 (US order, chrono's default).
 */
import type { Refiner } from '../../types.ts';
import type { DateCandidate } from '../candidate.ts';
import { dayValue, monthValue, settle } from '../format.ts';

export const resolveExplicit: Refiner<DateCandidate> = {
  id: 'date.explicit',
  description: 'Year stated: the value is what is written ("February 11, 2023" → 2023-02-11).',
  refine(mentions) {
    return mentions.map((c) => {
      const { year, month, day, quarter } = c.parts;
      if (c.value || year === undefined || quarter !== undefined || c.relative) return c;
      if (month !== undefined && day !== undefined) return settle(c, dayValue({ year, month, day }), 'day', 'date.explicit');
      if (month !== undefined) return settle(c, monthValue({ year, month }), 'month', 'date.month-year');
      return settle(c, String(year).padStart(4, '0'), 'year', 'date.year');
    });
  },
};

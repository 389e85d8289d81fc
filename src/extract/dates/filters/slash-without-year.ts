/**
 * Drops a slash pair with no year: "24/7", "3/4", "9/11" read as numbers more often than dates
 * in news ("11/02/2023" stays: it has a year).
 */
import type { Refiner } from '../../types.ts';
import type { DateCandidate } from '../candidate.ts';

export const dropSlashWithoutYear: Refiner<DateCandidate> = {
  id: 'date.drop-slash-without-year',
  description: 'A bare "24/7" or "3/4" is not a date.',
  refine(mentions) {
    return mentions.filter((c) => !/^\d{1,2}\/\d{1,2}$/.test(c.text));
  },
};

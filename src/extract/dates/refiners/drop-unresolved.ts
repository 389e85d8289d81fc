/**
 * Drops what no resolver could give a value (a bare time with no date anywhere before it).
 * Runs last: every mention that leaves the stage has a value.
 */
import type { Refiner } from '../../types.ts';
import type { DateCandidate } from '../candidate.ts';

export const dropUnresolved: Refiner<DateCandidate> = {
  id: 'date.drop-unresolved',
  description: 'A mention still without a value is dropped.',
  refine(mentions) {
    return mentions.filter((c) => c.value !== '');
  },
};

import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.traced-to / cause.stemmed-from', extractCauses, {
  positives: [
    ['The leak was traced to a cracked weld.', 'traced-to', 'a cracked weld'],
    ['The fault has been traced back to a software update.', 'traced-to', 'a software update'],
    ['The outage stemmed from a worn bearing.', 'stemmed-from', 'a worn bearing'],
    ['The flooding resulted from a failed seal.', 'stemmed-from', 'a failed seal'],
  ],
  negatives: [
    ['The delays stemmed from the accident.', 'stemmed-from', 'anaphor'],
  ],
});

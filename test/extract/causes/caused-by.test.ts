import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.caused-by', extractCauses, {
  positives: [
    ['The blast was caused by a gas leak in the basement.', 'caused-by', 'a gas leak in the basement'],
    ['The fire was probably caused by faulty wiring, investigators said.', 'caused-by', 'faulty wiring'],
    ['The derailment was caused in part by a broken rail.', 'caused-by', 'a broken rail'],
  ],
  negatives: [
    ['Damage caused by the crash is estimated at $2 million.', 'caused-by', 'the crash is the incident itself'],
    ['The delays caused by the accident lasted hours.', 'caused-by', 'anaphor'],
  ],
});

import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.blamed-on', extractCauses, {
  positives: [
    ['The derailment was blamed on excessive speed.', 'blamed-on', 'excessive speed'],
    ['The collision has been blamed largely on crew fatigue.', 'blamed-on', 'crew fatigue'],
    ['The report placed the blame on poor maintenance.', 'blamed-on', 'poor maintenance'],
  ],
  negatives: [
    ['The delays were blamed on the incident.', 'blamed-on', 'anaphor'],
    ['Nobody was blamed at first.', '*', 'no object'],
  ],
});

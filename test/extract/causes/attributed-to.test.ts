import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.attributed-to', extractCauses, {
  positives: [
    ['The fire was attributed to faulty wiring.', 'attributed-to', 'faulty wiring'],
    ['Investigators attributed the crash partly to ice on the wings.', 'attributed-to', 'ice on the wings'],
    ['The failure was attributable to a design flaw.', 'attributed-to', 'a design flaw'],
  ],
  negatives: [
    ['The delays were attributed to the accident.', 'attributed-to', 'anaphor'],
    ['No deaths have been attributed to it.', 'attributed-to', 'pronoun object'],
  ],
});

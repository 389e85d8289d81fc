import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.belief', extractCauses, {
  positives: [
    ['Investigators believe the driver fell asleep at the wheel.', 'belief', 'the driver fell asleep at the wheel'],
    ['Officials think that a bird strike disabled both engines.', 'belief', 'a bird strike disabled both engines'],
    ['It is believed that a cigarette started the fire.', 'belief', 'a cigarette started the fire'],
    ['Investigators believe the fire was caused by an overheated battery.', 'belief', 'an overheated battery'],
  ],
  negatives: [
    ['Officials believe the crew is safe.', 'belief', 'belief about an outcome'],
    ['Investigators believe to have found the recorder.', 'belief', 'no clause object'],
  ],
});

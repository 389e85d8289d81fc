import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.unknown', extractCauses, {
  positives: [
    ['The cause is not yet known.', 'unknown', 'The cause is not yet known'],
    ['The cause of the crash remains unclear, officials said.', 'unknown', 'The cause of the crash remains unclear'],
    ['The reason for the leakage is being investigated.', 'unknown', 'The reason for the leakage is being investigated'],
    [
      'Roscosmos has already launched an investigation into the possible reason behind the leakage.',
      'unknown',
      'Roscosmos has already launched an investigation into the possible reason behind the leakage',
    ],
    ['Investigators are trying to determine what caused the crash.', 'unknown', 'Investigators are trying to determine what caused the crash'],
    ['It was not immediately clear what caused the fire.', 'unknown', 'It was not immediately clear what caused the fire'],
    ['The NTSB said the cause of the crash was unknown.', 'unknown', 'The NTSB said the cause of the crash was unknown'],
  ],
  negatives: [
    ['The cause is known to investigators.', 'unknown', 'known, not unknown'],
    ['It is unclear how many people were hurt.', 'unknown', 'about numbers'],
    ['It is unclear when service will resume.', 'unknown', 'about schedules'],
    ['The crew saw an unknown substance leaking.', 'unknown', 'unknown substance is not an unknown cause'],
  ],
});

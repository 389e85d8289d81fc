import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.because / cause.because-of', extractCauses, {
  positives: [
    ['The ferry ran aground because the autopilot failed.', 'because', 'the autopilot failed'],
    ['Because the driver fell asleep, the bus left the road.', 'because', 'the driver fell asleep'],
    ['The crane toppled because of high winds.', 'because', 'high winds'],
    ['Because of the holiday, the office was closed.', 'because', 'the holiday'],
    ['The flight turned back because of a cracked windshield, the airline said.', 'because', 'a cracked windshield'],
  ],
  negatives: [
    ["The leak didn't affect the station because the hatch had been locked.", 'because', 'explains a non-effect (containment)'],
    ['Nobody was hurt because the passengers had already left.', 'because', 'explains a non-effect'],
    ['The line was closed because of the accident.', 'because', 'anaphor of the incident'],
  ],
});

import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.claimed / cause.blame', extractCauses, {
  positives: [
    ['The engineer said the brakes did not work.', 'claimed', 'the brakes did not work'],
    ["The operator told investigators that the brakes didn't work when he neared the curve.", 'claimed', "the brakes didn't work"],
    ['The union blamed management for the crash.', 'claimed', 'management'],
    ['Train Operator Blames Brakes For Fatal Derailment', 'claimed', 'Brakes'],
    ['The driver insisted that faulty equipment was to blame for the derailment.', 'claimed', 'faulty equipment'],
    ['The pilot claimed the autopilot malfunctioned on approach.', 'claimed', 'the autopilot malfunctioned on approach'],
  ],
  negatives: [
    ['The engineer said he had worked there for 20 years.', 'claimed', 'reported speech without a failure'],
    ['The delays were blamed on the incident.', 'claimed', '"blamed on" is attribution, and an anaphor'],
    ['He blamed himself.', 'claimed', 'reflexive'],
    ['Nobody is to blame, the minister said.', 'claimed', 'no cause'],
  ],
});

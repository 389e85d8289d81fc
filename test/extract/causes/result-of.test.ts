import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.result-of', extractCauses, {
  positives: [
    ['The collapse was the result of years of corrosion.', 'result-of', 'years of corrosion'],
    ['The engine failed as a result of fuel contamination.', 'result-of', 'fuel contamination'],
    ['The crash was the direct result of pilot error.', 'result-of', 'pilot error'],
  ],
  negatives: [
    ['As a result, the airport was closed for hours.', 'result-of', 'connective, no "of"'],
    ['The results of the probe are expected next month.', '*', 'plural "results of" is a report'],
    ['As a result of the crash, the line was shut.', 'result-of', 'anaphor of the incident'],
  ],
});

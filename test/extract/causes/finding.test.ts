import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.finding', extractCauses, {
  positives: [
    ['The NTSB determined that the pilot was fatigued.', 'finding', 'the pilot was fatigued'],
    [
      'So far, an investigation indicates the pilots, a trainee and his instructor, failed to notice the plane was too slow.',
      'finding',
      'the pilots, a trainee and his instructor, failed to notice the plane was too slow',
    ],
    ['The inquiry concluded the bridge crew had not kept a proper lookout.', 'finding', 'the bridge crew had not kept a proper lookout'],
  ],
  negatives: [
    ['Nothing disclosed so far by investigators indicates any problems with the engines.', 'finding', 'negative finding'],
    ['The review found no evidence of sabotage.', 'finding', 'negative finding'],
    ['A federal investigation determined that the cause of the crash remained unexplained.', 'finding', 'unknown cause'],
  ],
});

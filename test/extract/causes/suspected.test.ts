import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.suspected / cause.possible-cause', extractCauses, {
  positives: [
    ['Police suspect a gas leak in the kitchen.', 'suspected', 'a gas leak in the kitchen'],
    ['Investigators are looking into sleep apnea as a possible cause.', 'suspected', 'sleep apnea'],
    ['The board is examining metal fatigue as a contributing factor.', 'suspected', 'metal fatigue'],
    ['Investigators will explore whether speed or the brakes were to blame for the crash.', 'suspected', 'speed or the brakes'],
  ],
  negatives: [
    ['Police suspect him of arson.', 'suspected', 'about a person'],
    ['Investigators are looking into it as a possible cause.', 'suspected', 'pronoun'],
  ],
});

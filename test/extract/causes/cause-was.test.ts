import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.cause-was / cause.suspected-cause', extractCauses, {
  positives: [
    ['The cause of the crash was metal fatigue.', 'cause-was', 'metal fatigue'],
    ["The probable cause was the crew's failure to monitor airspeed.", 'cause-was', "the crew's failure to monitor airspeed"],
    ['The cause has been determined to be a faulty valve.', 'cause-was', 'a faulty valve'],
    ['The suspected cause is a gas leak.', 'suspected', 'a gas leak'],
  ],
  negatives: [
    ['The cause was not known.', 'cause-was', 'unknown, not stated'],
    ['The cause of the fire is still under investigation.', 'cause-was', 'unknown'],
    ['The cause of the crash remains unclear.', 'cause-was', 'unknown'],
  ],
});

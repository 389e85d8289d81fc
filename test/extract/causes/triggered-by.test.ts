import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.triggered-by', extractCauses, {
  positives: [
    ['The explosion was triggered by a spark from a welding torch.', 'triggered-by', 'a spark from a welding torch'],
    ['The blaze was sparked by an electrical fault in the engine room.', 'triggered-by', 'an electrical fault in the engine room'],
    ['The alarm was set off by smoke in the cargo hold.', 'triggered-by', 'smoke in the cargo hold'],
  ],
  negatives: [
    ['Panic was triggered by the crash.', 'triggered-by', 'anaphor'],
  ],
});

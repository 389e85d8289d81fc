import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.result (anaphoric cause link)', extractConsequences, {
  positives: [
    ['Because of the accident, traffic backed up for miles.', 'result', 'traffic backed up for miles'],
    ['Due to the problem, the crew moved to the other module.', 'result', 'the crew moved to the other module'],
    ['The crew moved to the other module due to the leak.', 'result', 'The crew moved to the other module'],
  ],
  negatives: [
    ['Due to the issue, the planned spacewalk was canceled.', 'result', 'the cancellation rule already covers the clause'],
    ['Due to heavy fog, the crew moved to the other module.', 'result', 'a real cause, not an anaphor'],
    ['He told investigators after the crash that he had zoned out.', 'result', 'temporal "after" is no cause link'],
  ],
});

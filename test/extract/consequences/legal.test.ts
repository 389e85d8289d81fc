import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.legal', extractConsequences, {
  positives: [
    ['The family filed a lawsuit against the railroad.', 'legal', 'The family filed a lawsuit against the railroad'],
    ['The operator was fined $2 million.', 'legal', 'The operator was fined $2 million'],
    ['The driver was charged with manslaughter.', 'legal', 'The driver was charged with manslaughter'],
    ['The engineer sued the commuter railroad.', 'legal', 'The engineer sued the commuter railroad'],
    ['Passengers plan to sue the airline.', 'legal', 'Passengers plan to sue the airline'],
  ],
  negatives: [
    ['The phone battery was charged overnight.', 'legal', 'electrical'],
    ['The crew said they were fine.', 'legal', '"fine" adjective'],
  ],
});

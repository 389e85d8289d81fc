import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.resumption / consequence.normal-operations', extractConsequences, {
  positives: [
    ['The runway was reopened on Friday evening.', 'resumption', 'The runway was reopened on Friday evening'],
    ['All airlines would resume normal schedules immediately.', 'resumption', 'All airlines would resume normal schedules immediately'],
    ['A broader suspension of service was lifted.', 'resumption', 'A broader suspension of service was lifted'],
    ['They are safe and the space station operates as usual.', 'normal-operations', 'the space station operates as usual'],
    ['The temperature and pressure on board are reportedly normal.', 'normal-operations', 'The temperature and pressure on board are reportedly normal'],
  ],
  negatives: [
    ['Conditions on board are not normal.', 'normal-operations', 'negated'],
    ['Service has not resumed.', 'resumption', 'negated'],
  ],
});

import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.missing', extractConsequences, {
  positives: [
    ['Seven crew members are reported to be missing.', 'missing', 'Seven crew members are reported to be missing'],
    ['As many as 63 people were unaccounted for.', 'missing', 'As many as 63 people were unaccounted for'],
  ],
  negatives: [
    ['The report was missing data from two sensors.', 'missing', '"missing data"'],
    ['Critics said the minister was missing the point.', 'missing', 'idiom'],
  ],
});

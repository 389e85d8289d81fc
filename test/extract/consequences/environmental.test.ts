import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.environmental', extractConsequences, {
  positives: [
    ['The tanker spilled 700 tonnes of oil.', 'environmental', 'The tanker spilled 700 tonnes of oil'],
    ['An oil slick spread along the coast.', 'environmental', 'An oil slick spread along the coast'],
    ['The yellow smoke could indicate a nitric acid leak.', 'environmental', 'The yellow smoke could indicate a nitric acid leak'],
  ],
  negatives: [
    ['Tensions spilled over into the streets.', 'environmental', 'figurative'],
    ['There was no oil spill.', 'environmental', 'negated (no-spill instead)'],
  ],
});

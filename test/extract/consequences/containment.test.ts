import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.containment', extractConsequences, {
  positives: [
    [
      "The corporation said the incident didn't affect the outpost because the hatch between the station and the ship had been locked.",
      'containment',
      'the hatch between the station and the ship had been locked',
    ],
    ['Flooding on the ship was stabilized with help from another destroyer.', 'containment', 'Flooding on the ship was stabilized with help from another destroyer'],
    ['The fire was extinguished within an hour.', 'containment', 'The fire was extinguished within an hour'],
    ['The crew sealed the hatch to the damaged module.', 'containment', 'The crew sealed the hatch to the damaged module'],
  ],
  negatives: [
    ['The hatch was not closed in time.', 'containment', 'negated'],
  ],
});

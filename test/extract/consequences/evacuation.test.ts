import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.evacuation / consequence.search', extractConsequences, {
  positives: [
    ['All 148 passengers were evacuated via slides.', 'evacuation', 'All 148 passengers were evacuated via slides'],
    ['The crew abandoned ship as the vessel listed.', 'evacuation', 'The crew abandoned ship as the vessel listed'],
    ['Three injured sailors were evacuated by helicopter.', 'evacuation', 'Three injured sailors were evacuated by helicopter'],
    ['Fishermen rescued two survivors.', 'evacuation', 'Fishermen rescued two survivors'],
    ['Rescue teams continue the search for the missing sailors.', 'search', 'Rescue teams continue the search for the missing sailors'],
    ['Search and rescue efforts are underway.', 'search', 'Search and rescue efforts are underway'],
  ],
  negatives: [
    ['The school held an evacuation drill.', 'evacuation', 'a drill'],
    ['Police obtained a search warrant.', 'search', 'legal search'],
    ['No one was evacuated.', 'evacuation', 'negated'],
  ],
});

import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.suspension', extractConsequences, {
  positives: [
    ['The FAA grounded the fleet.', 'suspension', 'The FAA grounded the fleet'],
    ['Amtrak suspended service between Philadelphia and Wilmington.', 'suspension', 'Amtrak suspended service between Philadelphia and Wilmington'],
    ['The runway was closed for six hours.', 'suspension', 'The runway was closed for six hours'],
    ['Police closed the bridge to traffic.', 'suspension', 'Police closed the bridge to traffic'],
    ['Service on the line was halted.', 'suspension', 'Service on the line was halted'],
    ['Several flights were diverted to Oakland.', 'suspension', 'Several flights were diverted to Oakland'],
    ['Service in and out of the terminal is still suspended as of Monday.', 'suspension', 'Service in and out of the terminal is still suspended as of Monday'],
  ],
  negatives: [
    ['The bulk carrier grounded on a reef off the coast.', 'suspension', 'a ship grounding is the incident itself'],
    ['Her argument was well-grounded in fact.', 'suspension', 'figurative'],
    ['A broader suspension of service was lifted.', 'suspension', 'a lifted suspension is a resumption'],
  ],
});

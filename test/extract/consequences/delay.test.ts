import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.delay', extractConsequences, {
  positives: [
    ['Flights were delayed due to the fire.', 'delay', 'Flights were delayed'],
    ['Passengers faced delays of up to two hours.', 'delay', 'Passengers faced delays of up to two hours'],
    ['The train arrived three hours late.', 'delay', 'The train arrived three hours late'],
    ['Passengers would be about three hours behind schedule.', 'delay', 'Passengers would be about three hours behind schedule'],
    ['The accident caused delays on the line.', 'delay', 'The accident caused delays on the line'],
    ['Flights were delayed last year for unrelated reasons.', 'delay', 'Flights were delayed last year for unrelated reasons'],
  ],
  negatives: [
    ['The launch was not delayed.', 'delay', 'negated'],
    ['Crews responded without delay.', 'delay', '"without delay"'],
  ],
});

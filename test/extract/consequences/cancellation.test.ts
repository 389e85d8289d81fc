import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.cancellation', extractConsequences, {
  positives: [
    ['Due to the issue, the planned spacewalk on Dec. 14 was canceled.', 'cancellation', 'the planned spacewalk on Dec. 14 was canceled'],
    ['The coolant became visible on cameras prompting NASA to cancel the spacewalk.', 'cancellation', 'prompting NASA to cancel the spacewalk'],
    ['The spacewalk had been canceled, and teams were assessing the fluid.', 'cancellation', 'The spacewalk had been canceled'],
    ['All flights out of the airport were cancelled.', 'cancellation', 'All flights out of the airport were cancelled'],
    ['The launch was scrubbed for the day.', 'cancellation', 'The launch was scrubbed for the day'],
    ['Organisers called off the air show after the crash.', 'cancellation', 'Organisers called off the air show'],
    ['The match was postponed.', 'cancellation', 'The match was postponed'],
  ],
  negatives: [
    ['The launch was not postponed.', 'cancellation', 'negated'],
    ['Passengers wore noise-cancelling headphones.', 'cancellation', 'not a word edge'],
    ['Critics blamed cancel culture.', 'cancellation', 'idiom'],
  ],
});

import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.diversion', extractConsequences, {
  positives: [
    ['The crew shut the engine down and returned to the departure airport.', 'diversion', 'The crew shut the engine down and returned to the departure airport'],
    ['The 737 crew rejected the takeoff at 120 knots.', 'diversion', 'The 737 crew rejected the takeoff at 120 knots'],
    ['The regional jet was told to go around.', 'diversion', 'The regional jet was told to go around'],
  ],
  negatives: [
    ['The ferry returned to service on Friday.', 'diversion', 'a resumption'],
    ['The flight did not divert.', 'diversion', 'no diversion cue'],
  ],
});

cueTable('consequence.withdrawal', extractConsequences, {
  positives: [
    ['The aircraft has been withdrawn from service.', 'withdrawal', 'The aircraft has been withdrawn from service'],
    ['Both pilots were taken off flying duties.', 'withdrawal', 'Both pilots were taken off flying duties'],
  ],
  negatives: [['The lift was never out of service.', 'withdrawal', 'negated']],
});

cueTable('consequence.passenger-care', extractConsequences, {
  positives: [
    ['Passengers were rebooked on flights the next morning.', 'passenger-care', 'Passengers were rebooked on flights the next morning'],
    ['The line was closed, with buses replacing trains.', 'passenger-care', 'The line was closed, with buses replacing trains'],
  ],
  negatives: [['The airline bought a replacement for its old logo.', 'passenger-care', 'not a replacement service']],
});

cueTable('consequence classes: investigators sent, fleet inspections, spills, derailed cars', extractConsequences, {
  positives: [
    ['The safety board sent a team of four investigators.', 'investigation', 'The safety board sent a team of four investigators'],
    ['The airline began borescope inspections across its whole fleet.', 'inspection', 'The airline began borescope inspections across its whole fleet'],
    ['A small quantity of diesel escaped into the harbour.', 'environmental', 'A small quantity of diesel escaped into the harbour'],
    ['The locomotive and two cars derailed.', 'damage', 'The locomotive and two cars derailed'],
  ],
  negatives: [['Investigators praised the crew.', 'investigation', 'no investigation step']],
});

cueTable('caption labels are no consequences', extractConsequences, {
  positives: [['Fatal crash: two people died on the bypass.', 'death', 'two people died on the bypass']],
  negatives: [
    ['Fatal: a car lies on its roof after the crash.', 'death', 'a caption label'],
    ['Search and rescue: divers at the pier on Monday.', 'search', 'a caption label'],
  ],
});

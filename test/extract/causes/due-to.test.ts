import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.due-to', extractCauses, {
  positives: [
    ['Flights were delayed due to heavy fog.', 'due-to', 'heavy fog'],
    ['The incident was due to a tiny rock that punched a hole in the panel, causing fuel to leak.', 'due-to', 'a tiny rock that punched a hole in the panel'],
    ['Due to a signal fault, the train stopped short of the platform.', 'due-to', 'a signal fault'],
    ['The outage was largely due to corroded wiring, officials said.', 'due-to', 'corroded wiring'],
    ['The ferry listed owing to shifting cargo.', 'due-to', 'shifting cargo'],
    ['The crash was due to the fact that the pilot misread the altimeter.', 'due-to', 'the pilot misread the altimeter'],
  ],
  negatives: [
    ['The train was due to arrive at 5 p.m. at the main station.', '*', 'schedule, not a cause'],
    ['The old bridge is due to be replaced next year.', '*', 'schedule'],
    ['The ship was due to sail on Monday.', '*', 'schedule'],
    ['Due to the issue, the planned spacewalk was canceled.', 'due-to', '"the issue" is the incident itself'],
    ['The launch was scrubbed due to the problem.', 'due-to', 'anaphor of the incident'],
    ['Due to this, the line stayed closed.', 'due-to', 'pronoun object'],
  ],
});

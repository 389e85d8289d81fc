import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.injury', extractConsequences, {
  positives: [
    ['Four people were killed and over 60 were injured after the train derailed.', 'injury', 'over 60 were injured'],
    ['Thirty-five people were taken to hospitals.', 'injury', 'Thirty-five people were taken to hospitals'],
    ['A conductor was treated for head and rib injuries.', 'injury', 'A conductor was treated for head and rib injuries'],
    ['Four pilots were hospitalized for psychological trauma.', 'injury', 'Four pilots were hospitalized for psychological trauma'],
    ['The engineer was critically injured.', 'injury', 'The engineer was critically injured'],
    ['Three others aboard were hurt.', 'injury', 'Three others aboard were hurt'],
    ['The pilot suffered a shattered shoulder.', 'injury', 'The pilot suffered a shattered shoulder'],
  ],
  negatives: [
    ['No one was hurt.', 'injury', 'negated (no-injury instead)'],
    ['The recall hurt sales across the region.', 'injury', 'economic "hurt"'],
    ['The Marine Casualty Office has opened an investigation.', 'injury', 'an agency named for casualties'],
    ['None of the injuries were life-threatening.', 'injury', 'negated quantity, not a new injury'],
    ['Officials do not expect any further injuries.', 'injury', 'negative polarity'],
  ],
});

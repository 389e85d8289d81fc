import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.death', extractConsequences, {
  positives: [
    ['Four people were killed and over 60 were injured after the train derailed.', 'death', 'Four people were killed'],
    ['The locomotive derailed when it hit a backhoe, killing two people and injuring 35.', 'death', 'killing two people'],
    ['The death toll rose to 42.', 'death', 'The death toll rose to 42'],
    ['Seven sailors died in their berths.', 'death', 'Seven sailors died in their berths'],
    ['There were three fatalities.', 'death', 'There were three fatalities'],
    ['A 2015 derailment claimed eight lives.', 'death', 'A 2015 derailment claimed eight lives'],
  ],
  negatives: [
    ['The pilot killed the engine and glided to the field.', 'death', 'idiom "killed the engine"'],
    ['John Smith (1920-1944), killed in action in France.', 'death', 'biography line'],
    ['The road is a dead end.', 'death', '"dead end"'],
    ['The wind died down by evening.', 'death', '"died down"'],
    ['No one was killed.', 'death', 'negated (no-death instead)'],
    ['Officials said there was no word on the cause of death.', 'death', '"cause of death"'],
  ],
});

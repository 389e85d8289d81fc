import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('safety outcomes: no-injury / no-death / no-damage / no-spill / safe', extractConsequences, {
  positives: [
    ['No one was hurt.', 'no-injury', 'No one was hurt'],
    ['Southwest said no injuries were reported.', 'no-injury', 'Southwest said no injuries were reported'],
    ['The pilot was unharmed.', 'no-injury', 'The pilot was unharmed'],
    ['There were no immediate reports of casualties on the ground.', 'no-injury', 'There were no immediate reports of casualties on the ground'],
    ['No one was killed.', 'no-death', 'No one was killed'],
    ['There were no fatalities.', 'no-death', 'There were no fatalities'],
    ['The station was not damaged.', 'no-damage', 'The station was not damaged'],
    ['There was no oil spill.', 'no-spill', 'There was no oil spill'],
    ['The temperature on board is normal and the crew is safe.', 'safe', 'the crew is safe'],
    ['The incident did not affect and posed no threat to the crew.', 'safe', 'The incident did not affect and posed no threat to the crew'],
    ['The plane returned safely to Denver.', 'safe', 'The plane returned safely to Denver'],
  ],
  negatives: [
    ["I think it's safe to say the line will stay closed.", 'safe', 'idiom, no people subject'],
    ['Engineers will check whether the buildings are safe.', 'safe', 'a question'],
    ['They aim to ensure the incident would not affect similar components.', 'safe', 'a plan, not an outcome'],
    ['None of the injuries were life-threatening.', 'no-injury', 'not a claim of no injuries'],
  ],
});

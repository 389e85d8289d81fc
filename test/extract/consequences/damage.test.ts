import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.damage', extractConsequences, {
  positives: [
    ['The destroyer was struck near the bridge and was damaged above and below the waterline.', 'damage', 'The destroyer was struck near the bridge and was damaged above and below the waterline'],
    ['The container ship suffered bow damage but was able to proceed.', 'damage', 'The container ship suffered bow damage'],
    ['Seven cars were knocked off the tracks.', 'damage', 'Seven cars were knocked off the tracks'],
    ['The tail came off when it hit the seawall.', 'damage', 'The tail came off'],
    ['The aircraft was written off.', 'damage', 'The aircraft was written off'],
    ['The blast leveled the building.', 'damage', 'The blast leveled the building'],
    ['Seven cars, including the locomotive, were all knocked off of the tracks.', 'damage', 'Seven cars, including the locomotive, were all knocked off of the tracks'],
    ['The cruiser is undergoing repairs.', 'damage', 'The cruiser is undergoing repairs'],
    ['An engine cover fell off during takeoff.', 'damage', 'An engine cover fell off during takeoff'],
  ],
  negatives: [
    ['The family sued for damages.', 'damage', 'legal "damages"'],
    ['The report seriously damaged its reputation.', 'damage', 'reputation'],
    ['The station was not damaged.', 'damage', 'negated (no-damage instead)'],
    ['The company went into damage control.', 'damage', 'PR idiom'],
  ],
});

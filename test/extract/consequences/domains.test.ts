/** Short sentences in the phrasing of each domain: aviation, maritime, rail, road, space. */
import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequences by domain', extractConsequences, {
  positives: [
    // aviation
    ['All 148 passengers were evacuated via slides.', 'evacuation', 'All 148 passengers were evacuated via slides'],
    ['The FAA grounded the fleet.', 'suspension', 'The FAA grounded the fleet'],
    ['The FAA said it will investigate.', 'investigation', 'The FAA said it will investigate'],
    ['Passengers were put on another plane and arrived about three hours late.', 'delay', 'Passengers were put on another plane and arrived about three hours late'],
    // maritime
    ['Seven sailors are missing and three were injured.', 'missing', 'Seven sailors are missing'],
    ['Seven sailors are missing and three were injured.', 'injury', 'three were injured'],
    ['The hull was holed below the waterline.', 'damage', 'The hull was holed below the waterline'],
    ['The port was closed to shipping for two days.', 'suspension', 'The port was closed to shipping for two days'],
    ['No one was injured on the tanker, and no oil spill was reported.', 'no-injury', 'No one was injured on the tanker'],
    ['No one was injured on the tanker, and no oil spill was reported.', 'no-spill', 'no oil spill was reported'],
    // rail
    ['The train derailed after striking a backhoe on the tracks, killing two workers.', 'death', 'killing two workers'],
    ['Amtrak suspended service between the two cities.', 'suspension', 'Amtrak suspended service between the two cities'],
    ['NTSB investigators were en route to the scene.', 'investigation', 'NTSB investigators were en route to the scene'],
    ['The line was closed for a week.', 'suspension', 'The line was closed for a week'],
    // road
    ['The bus driver was charged with reckless driving.', 'legal', 'The bus driver was charged with reckless driving'],
    ['Two motorists were hospitalized after the pileup.', 'injury', 'Two motorists were hospitalized'],
    ['The highway was shut for five hours.', 'suspension', 'The highway was shut for five hours'],
    // space
    ['The planned spacewalk was called off.', 'cancellation', 'The planned spacewalk was called off'],
    ['The crew is safe and the station operates as usual.', 'safe', 'The crew is safe'],
  ],
  negatives: [
    ['The driver killed the engine at the light.', 'death', 'idiom'],
    ['The crew ran a fire drill before departure.', 'fire', 'drill'],
    ['The launch was not delayed.', '*', 'negated, no safety cue'],
    ['The ship grounded on a sandbar near the harbor entrance.', 'suspension', 'maritime grounding is the incident'],
  ],
});

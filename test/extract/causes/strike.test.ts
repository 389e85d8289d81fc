import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.strike', extractCauses, {
  positives: [
    ['The radiator leaked after a meteoroid struck it.', 'strike', 'a meteoroid struck it'],
    ['The train derailed after striking a backhoe on the tracks.', 'strike', 'striking a backhoe on the tracks'],
    ['The locomotive partly derailed when it hit a backhoe, killing two people.', 'strike', 'it hit a backhoe'],
    ['The jet crash-landed after it clipped a seawall short of the runway.', 'strike', 'it clipped a seawall short of the runway'],
    ['After the truck hit the bridge, the road was closed.', 'strike', 'the truck hit the bridge'],
    ['The tanker spilled oil after running aground off the coast.', 'strike', 'running aground off the coast'],
  ],
  negatives: [
    ['The crew unloaded cargo after the ship docked.', 'strike', 'temporal "after", no strike verb'],
    ['The train derailed when the driver hit the brakes too late.', 'strike', 'idiom "hit the brakes"'],
    ['The train was going too fast when it hit a curve.', 'strike', 'idiom "hit a curve"'],
    ['Sales fell after the story hit the headlines.', 'strike', 'idiom'],
  ],
});

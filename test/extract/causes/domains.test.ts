/** Short sentences in the phrasing of each domain: aviation, maritime, rail, road, space. */
import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('causes by domain', extractCauses, {
  positives: [
    // aviation
    ['The plane returned to Denver after the engine cover fell off and struck the wing flap.', 'strike', 'the engine cover fell off and struck the wing flap'],
    ['The crash was blamed on a bird strike that disabled both engines.', 'blamed-on', 'a bird strike that disabled both engines'],
    ['The jet landed short because the pilots failed to monitor airspeed.', 'because', 'the pilots failed to monitor airspeed'],
    ['The emergency landing was triggered by a cabin pressure warning.', 'triggered-by', 'a cabin pressure warning'],
    // maritime
    ['The ferry ran aground because the autopilot failed.', 'because', 'the autopilot failed'],
    ["The tanker's hull was breached after it struck a reef.", 'strike', 'it struck a reef'],
    ['The collision was attributed to poor visibility and a failure to keep a proper lookout.', 'attributed-to', 'poor visibility and a failure to keep a proper lookout'],
    ['The cargo ship lost power, causing it to drift into the bridge.', 'caused', 'The cargo ship lost power'],
    // rail
    ['The train derailed after striking a backhoe on the tracks.', 'strike', 'striking a backhoe on the tracks'],
    ['The derailment was blamed on excessive speed on a sharp curve.', 'blamed-on', 'excessive speed on a sharp curve'],
    ['Investigators believe the engineer had fallen asleep.', 'belief', 'the engineer had fallen asleep'],
    ['The engineer said the brakes failed as the train entered the curve.', 'claimed', 'the brakes failed as the train entered the curve'],
    // road
    ['The truck crashed because its brakes failed on the descent.', 'because', 'its brakes failed on the descent'],
    ['The crash was caused by a drunk driver.', 'caused-by', 'a drunk driver'],
    ['Police said the driver was speeding when the car hit a lamppost.', 'strike', 'the car hit a lamppost'],
    ['Police said the driver was speeding when the car hit a lamppost.', 'claimed', 'the driver was speeding'],
    // space
    ['The leak was caused by a micrometeoroid impact.', 'caused-by', 'a micrometeoroid impact'],
  ],
  negatives: [
    ['The plane was due to land at 6 p.m. in Denver.', '*', 'schedule'],
    ['The crew rested after the ship docked at the station.', '*', 'temporal "after"'],
    ['The train was due to be replaced by newer stock.', '*', 'schedule'],
    ['The bus driver hit the brakes but could not stop.', '*', 'idiom, no cue'],
  ],
});

import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause conditions (speed, weather, fatigue, equipment, human error, missing safeguard)', extractCauses, {
  positives: [
    ['Riders said the tram was going a lot faster than normal.', 'speed', 'Riders said the tram was going a lot faster than normal'],
    ['The coach entered the bend at more than twice the speed limit.', 'speed', 'The coach entered the bend at more than twice the speed limit'],
    ['The freight was doing 64 mph into a 25 mph curve.', 'speed', 'The freight was doing 64 mph into a 25 mph curve'],
    ['The jet landed in gusting crosswinds.', 'weather', 'The jet landed in gusting crosswinds'],
    ['A week of heavy rain loosened the slope above the line.', 'weather', 'A week of heavy rain loosened the slope above the line'],
    ['The trawler was carrying a heavy load of icing in 14-foot seas.', 'weather', 'The trawler was carrying a heavy load of icing in 14-foot seas'],
    ['The driver later admitted he had dozed off.', 'fatigue', 'The driver later admitted he had dozed off'],
    ['The pilot told investigators the brakes didn\'t work.', 'equipment', 'The pilot told investigators the brakes didn\'t work'],
    ['The derailment started at a cracked weld near the bridge.', 'equipment', 'The derailment started at a cracked weld near the bridge'],
    ['The van driver lost control on the ramp.', 'human-error', 'The van driver lost control on the ramp'],
    ['A light aircraft taxied onto the runway without clearance.', 'human-error', 'A light aircraft taxied onto the runway without clearance'],
    ['The line had no positive train control at the time.', 'missing-safeguard', 'The line had no positive train control at the time'],
  ],
  negatives: [
    ['The high-speed train left on time.', 'speed', 'a train class, not a cause'],
    ['The bus was not speeding, police said.', 'speed', 'negated'],
    ['The minister faced a storm of criticism.', 'weather', 'idiom'],
    ['Fuel that escaped into storm drains was contained.', 'weather', 'drains, not a storm'],
    ['Metal fatigue cracked the wing spar.', 'fatigue', 'equipment, not a person'],
    ['The crew had no medical episodes on record.', 'fatigue', 'negated'],
    ['No mechanical problems were found.', 'equipment', 'negated'],
    ['The brake test was completed on Monday.', 'equipment', 'a test is no failure'],
  ],
});

cueTable('cause conditions: burst parts and storms', extractCauses, {
  positives: [
    ['The tanker caught fire after a hose burst during bunkering.', 'equipment', 'a hose burst during bunkering'],
    ['A cargo ship sank off the port entrance in a storm.', 'weather', 'A cargo ship sank off the port entrance in a storm'],
  ],
  negatives: [['The hose was replaced in a routine check.', 'equipment', 'no failure stated']],
});

import { describe, expect, it } from 'vitest';
import { extractTriggers } from '../../../src/extract/triggers/index.ts';
import { doc, expectSpansExact } from '../../helpers.ts';

const types = (text: string) => {
  const d = doc(text);
  const ts = extractTriggers(d);
  expectSpansExact(d, ts);
  return ts.map((t) => [t.text, t.type, t.background ?? false]);
};

describe('incident triggers', () => {
  it.each([
    ['The spacecraft had leaked coolant.', 'leaked', 'leak'],
    ['The train derailed near the station.', 'derailed', 'derailment'],
    ['The ferry ran aground off the island.', 'ran aground', 'grounding'],
    ['The tanker caught fire after the crash.', 'caught fire', 'fire'],
    ['Two ships collided in the strait.', 'collided', 'collision'],
    ['The plane crashed into the sea.', 'crashed into', 'collision'],
    ['The boat capsized in rough seas.', 'capsized', 'capsize'],
    ['The jet suffered an engine failure.', 'engine failure', 'engine failure'],
    ['The aircraft skidded off the runway.', 'skidded off the runway', 'hard landing'],
    ['A blaze broke out in the engine room.', 'blaze', 'fire'],
    ['The Kestrel and Orca collisions were months apart.', 'collisions', 'collision'],
    ['The cruiser was struck by a small fishing boat.', 'struck by a small fishing boat', 'collision'],
    ['The van slammed into a parked bus.', 'slammed into a parked bus', 'collision'],
    ['The lander touched down hard in the crater.', 'touched down hard', 'hard landing'],
    ['The jet landed hard in gusting winds.', 'landed hard', 'hard landing'],
    ['The airliner slammed onto the runway.', 'slammed onto the runway', 'hard landing'],
    ['The crew reported a compressor stall.', 'compressor stall', 'engine failure'],
    ['The second jet lost oil pressure on one engine.', 'lost oil pressure', 'engine failure'],
    ['The coach rolled over on the icy highway.', 'rolled over', 'rollover'],
    ['The truck overturned on the ramp.', 'overturned', 'rollover'],
    ['The capsule detected a failure of one of its thrusters.', 'failure of one of its thrusters', 'system failure'],
    ['The computer triggered an automatic abort.', 'automatic abort', 'system failure'],
    ['The spaceplane broke apart shortly after release.', 'broke apart shortly', 'breakup'],
    ['The trawler struck a submerged rock.', 'struck a submerged rock', 'grounding'],
  ])('%s', (text, word, type) => {
    expect(types(text)).toContainEqual([word, type, false]);
  });

  it('marks triggers in a sentence with a background cue', () => {
    expect(types('A similar incident happened in December with the capsule.')).toEqual([['incident', null, true]]);
    expect(types('A similar grounding happened in 2019.')).toEqual([['grounding', 'grounding', true]]);
    expect(types('Last month, another huge explosion hit a plant in the city.')).toEqual([['explosion', 'explosion', true]]);
    expect(types('The second followed on Friday.')).toEqual([['followed', null, true]]);
  });

  it('does not mark time words alone as another incident (they may date the main one)', () => {
    expect(types("Three years ago today, a commuter train derailed at the curve.")).toEqual([['derailed', 'derailment', false]]);
    expect(types("Investigators blamed last week's crash on the pilots.")).toEqual([['crash', 'crash', false]]);
  });
});

describe('not incident triggers (negative cases)', () => {
  it.each([
    ['Inspectors found no leaks in the hull.'],
    ['The flight landed without incident.'],
    ['The fire department arrived within minutes.'],
    ['Officials fired the manager.'],
    ['A fire drill was held on Monday.'],
    ['The crew never lost pressure.'],
    ['There were 81 crashes at crossings from 2012 to 2014.'],
    ['A series of fires hit the district.'],
    ['The hull was hit by a wave.'],
    ['The bank rolled over the loan.'],
    ['The grounding of the fleet lasted a month.'],
  ])('%s', (text) => {
    expect(types(text).filter(([, type]) => type !== null)).toEqual([]);
  });
});

describe('indefinite incidents dated in their own noun phrase are another incident', () => {
  it.each([
    ['He cited an October 1984 train crash at the crossing.', 'crash'],
    ['Among the worst was a massive 2015 explosion at a warehouse.', 'explosion'],
  ])('%s', (text, word) => {
    expect(types(text)).toContainEqual([word, expect.anything(), true]);
  });
  it('but not the main one named with its year ("the 2013 derailment")', () => {
    expect(types('The engineer in the 2013 derailment sued the railroad.')).toEqual([['derailment', 'derailment', false]]);
  });
});

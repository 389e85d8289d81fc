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
  ])('%s', (text, word, type) => {
    expect(types(text)).toContainEqual([word, type, false]);
  });

  it('marks triggers in a sentence with a background cue', () => {
    expect(types('A similar incident happened in December with the capsule.')).toEqual([['incident', null, true]]);
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
  ])('%s', (text) => {
    expect(types(text).filter(([, type]) => type !== null)).toEqual([]);
  });
});

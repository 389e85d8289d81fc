import { describe, expect, it } from 'vitest';
import { extractVehicles } from '../../../src/extract/vehicles/index.ts';
import { doc } from '../../helpers.ts';

/** For each generic mention: [its text, the name of the vehicle it was resolved to or null]. */
const resolved = (text: string) => {
  const vs = extractVehicles(doc(text));
  return vs.filter((v) => v.generic).map((v) => [v.text, v.refersTo === undefined ? null : vs[v.refersTo].name]);
};

describe('generic references', () => {
  it('resolves to the nearest earlier compatible vehicle in the paragraph', () => {
    expect(resolved('The Soyuz MS-22 leaked coolant. The capsule was damaged.')).toEqual([['The capsule', 'Soyuz MS-22']]);
  });
  it('resolves cataphorically to the vehicle named in the next sentence', () => {
    expect(resolved('The cargo ship docked on Saturday. The Progress MS-22 delivered food.')).toEqual([['The cargo ship', 'Progress MS-22']]);
  });
  it('does not resolve to a vehicle of an incompatible kind', () => {
    expect(resolved('Amtrak train 188 derailed. The plane landed later.')).toEqual([['The plane', null]]);
  });
  it('keeps a family word to its own family', () => {
    expect(resolved('Progress MS-21 docked. Soyuz MS-22 leaked. The Soyuz was inspected.')).toEqual([['Soyuz', 'Soyuz MS-22']]);
  });
  it('prefers the more specific rule for a maker with a type noun', () => {
    const vs = extractVehicles(doc('A Mercedes SUV was hit by the train.'));
    expect(vs.map((v) => [v.text, v.ruleId])).toContainEqual(['Mercedes SUV', 'vehicle.road-maker']);
  });
  it.each([['the ship captain said'], ['a van der Berg family']])('no generic vehicle in "%s"', (text) => {
    expect(resolved(text).filter(([t]) => /van\b/.test(String(t)))).toEqual([]);
  });
});

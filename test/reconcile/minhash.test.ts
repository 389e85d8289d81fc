import { describe, expect, it } from 'vitest';
import { signature, similarity } from '../../src/reconcile/minhash.ts';

const words = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);
const story = 'A fire broke out in the engine room of the island ferry late on Sunday night and the crew fought the blaze for two hours before it was put out while passengers waited on the car deck and the vessel drifted off the point until two tugs arrived';

describe('MinHash near-duplicates', () => {
  it('a copy is similarity 1, and the signature is the same on every call', () => {
    expect(similarity(signature(words(story)), signature(words(story)))).toBe(1);
    expect(signature(words(story))).toEqual(signature(words(story)));
  });
  it('a syndicated copy with a new first line and one changed word stays near', () => {
    const copy = `Ferry fire: crew safe. ${story.replace('two hours', 'three hours')}`;
    expect(similarity(signature(words(story)), signature(words(copy)))).toBeGreaterThanOrEqual(0.6);
  });
  it('another story about a similar fire is far', () => {
    const other = 'Firefighters battled flames aboard a cargo vessel moored at the harbour on Tuesday morning after smoke was seen rising from its hold and the port authority closed two berths while investigators began work';
    expect(similarity(signature(words(story)), signature(words(other)))).toBeLessThan(0.2);
  });
  it('too little wording gives no signature (never a copy)', () => {
    expect(signature(words('ferry fire on sunday'))).toEqual([]);
    expect(similarity([], [])).toBe(0);
  });
});

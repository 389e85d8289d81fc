/** Blocking: candidate pairs share a key, and their number per record stays flat as the set grows. */
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../bench/reconcile/synthetic.ts';
import { blockingKeys, candidatePairs } from '../../src/reconcile/blocking.ts';
import { buildProfile, profilesOf } from '../../src/reconcile/profile.ts';
import { Rarity } from '../../src/reconcile/stats.ts';
import { incident, record } from './fixtures.ts';

describe('candidatePairs', () => {
  it('pairs profiles that share a named vehicle, not those that share nothing', () => {
    const rs = [
      record('a', [incident({ vehicles: ['Sea Lark'] })]),
      record('b', [incident({ vehicles: ['Sea Lark'] })]),
      record('c', [incident({ type: 'earthquake', places: ['Port Selin'] })]),
    ];
    const ps = profilesOf(rs);
    expect(candidatePairs(ps, new Rarity(ps))).toEqual([[0, 1]]);
  });
  it('a typo in a ship name still shares a key (first letters of the name)', () => {
    const ps = [buildProfile(record('a', []), incident({ vehicles: ['Nordic Meridian'] })), buildProfile(record('b', []), incident({ vehicles: ['Nordic Meridien'] }))];
    const r = new Rarity(ps);
    expect(blockingKeys(ps[0], r).filter((k) => blockingKeys(ps[1], r).includes(k))).toContain('vp:nord');
  });
  it('candidate pairs per record stay about flat when the set grows fourfold', () => {
    const perRecord = (n: number) => {
      const { records, texts } = syntheticRecords(n, 3);
      const ps = profilesOf(records, (id) => texts.get(id));
      return candidatePairs(ps, new Rarity(ps)).length / ps.length;
    };
    const [small, large] = [perRecord(500), perRecord(2000)];
    expect(large).toBeLessThan(small * 2);
  }, 60_000);
});

/** Blocking: candidate pairs share a key, and their number per record stays flat as the set grows. */
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../bench/reconcile/synthetic.ts';
import { blockingKeys, candidatePairs, strongest } from '../../src/reconcile/blocking.ts';
import { thresholds } from '../../src/lexicons/reconcile.ts';
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

describe('strongest', () => {
  // partner 7 shares three keys, 3 and 5 two each, 9 and 2 one each
  const counts = Object.assign(new Array(10).fill(0), { 7: 3, 3: 2, 5: 2, 9: 1, 2: 1 });
  it('keeps the partners sharing the most keys, ties to the lower index, ascending', () => {
    expect([...strongest([7, 3, 5, 9, 2], counts, 3)]).toEqual([3, 5, 7]);
    expect([...strongest([9, 2, 5], counts, 2)]).toEqual([2, 5]);
  });
  it('keeps every partner when there are no more than k', () => expect([...strongest([9, 2], counts, 5)]).toEqual([2, 9]));
});

describe('candidate pairs are bounded per record', () => {
  it('a full block of look-alike records gives each at most maxPartners partners of its own choosing', () => {
    const n = thresholds.maxBlock; // compared all against all, were it not for the cap
    expect(thresholds.maxPartners).toBeLessThan(n - 1);
    const rs = Array.from({ length: n }, (_, i) => record(`r${String(i).padStart(3, '0')}`, [incident({ vehicles: ['Sea Lark'] })]));
    const ps = profilesOf(rs);
    const pairs = candidatePairs(ps, new Rarity(ps));
    // every pair is in someone's top maxPartners: at most n × maxPartners pairs, instead of n(n-1)/2
    expect(pairs.length).toBeLessThanOrEqual(n * thresholds.maxPartners);
    expect(pairs.length).toBeLessThan((n * (n - 1)) / 2);
    expect(new Set(pairs.flat()).size).toBe(n); // nobody is left without a partner
  });
});

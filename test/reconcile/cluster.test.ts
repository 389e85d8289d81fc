/** Cluster-level rules of cluster.ts (the evidence rules have their own tests). */
import { describe, expect, it } from 'vitest';
import { clusterNeed, keyRanks, PairScores, sampleMembers, timed } from '../../src/reconcile/cluster.ts';
import { scorePair } from '../../src/reconcile/evidence.ts';
import { Rarity } from '../../src/reconcile/stats.ts';
import { buildProfile, type Profile } from '../../src/reconcile/profile.ts';
import { thresholds } from '../../src/lexicons/reconcile.ts';
import { incident, record, type IncidentSpec } from './fixtures.ts';

let n = 0;
const prof = (s: IncidentSpec, published?: string): Profile => buildProfile(record(`a${++n}`, [incident(s)], { published: published ?? null }), incident(s));

describe('timed: a group says when', () => {
  it('by an occurrence date', () => expect(timed([0], [prof({ occurred: ['2026-03-10'] })])).toBe(true));
  it('by a date without its year', () => expect(timed([0], [prof({ occurred: ['XXXX-01'] })])).toBe(true));
  it('by a publication date', () => expect(timed([0], [prof({}, '2026-03-11')])).toBe(true));
  it('by one member of several', () => expect(timed([0, 1], [prof({}), prof({ occurred: ['2026-03'] })])).toBe(true));
  it('not when no member has any date', () => expect(timed([0, 1], [prof({ places: ['Harbour Street'] }), prof({})])).toBe(false));
});

describe('clusterNeed: an untimed group needs more to join a timed one', () => {
  const ps = [prof({}), prof({ occurred: ['2026-03-10'] }), prof({}, '2026-03-11'), prof({})];
  it('one timed, one untimed', () => expect(clusterNeed([0], [1], ps)).toBe(thresholds.untimedClusterThreshold));
  it('both timed', () => expect(clusterNeed([1], [2], ps)).toBe(thresholds.clusterThreshold));
  it('both untimed', () => expect(clusterNeed([0], [3], ps)).toBe(thresholds.clusterThreshold));
  it('the untimed need is the higher', () => expect(thresholds.untimedClusterThreshold).toBeGreaterThan(thresholds.clusterThreshold));
});

describe('PairScores: each pair scored once, the same points as scorePair', () => {
  const ps = [
    prof({ vehicles: ['Progress MS-37'], occurred: ['2026-03-21'], places: ['Baikonur'] }),
    prof({ vehicles: ['Progress MS-37'], occurred: ['2026-03-21'] }),
    prof({ vehicles: ['Progress MS-38'], occurred: ['2026-05-21'] }),
  ];
  const r = new Rarity(ps);
  it('gives the points scorePair gives, whichever way round it is asked', () => {
    const scores = new PairScores(ps, r);
    expect(scores.points(0, 1)).toBe(scorePair(ps[0], ps[1], r).points);
    expect(scores.points(1, 0)).toBe(scorePair(ps[0], ps[1], r).points);
  });
  it('NaN for a pair a hard rule keeps apart (two serials of one family)', () => {
    expect(scorePair(ps[1], ps[2], r).hard).toBe(true);
    expect(new PairScores(ps, r).points(1, 2)).toBeNaN();
  });
  it('past its cap it scores again instead of keeping, with the same answers', () => {
    const cap = PairScores.CAP;
    PairScores.CAP = 0;
    try {
      const scores = new PairScores(ps, r);
      scores.remember(0, 1, { points: 42, positive: 42, hard: false, evidence: [] });
      expect(scores.points(0, 1)).toBe(scorePair(ps[0], ps[1], r).points);
      expect(scores.points(1, 2)).toBeNaN();
    } finally {
      PairScores.CAP = cap;
    }
  });
  it('a remembered score is what it answers, without scoring again', () => {
    const scores = new PairScores(ps, r);
    scores.remember(0, 2, { points: 42, positive: 42, hard: false, evidence: [] });
    expect(scores.points(2, 0)).toBe(42);
  });
});

describe('sampleMembers: the average link of large groups reads an even sample', () => {
  it('a group up to the sample size is read whole', () => expect(sampleMembers([3, 5, 8], 3)).toEqual([3, 5, 8]));
  it('a larger one gives k members spread over it, first included, in order', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i * 2);
    const got = sampleMembers(xs, 4);
    expect(got).toEqual([0, 50, 100, 150]);
  });
  it('the same group always gives the same sample', () => {
    const xs = Array.from({ length: 500 }, (_, i) => i);
    expect(sampleMembers(xs, 48)).toEqual(sampleMembers([...xs], 48));
    expect(sampleMembers(xs, 48)).toHaveLength(48);
  });
});

describe('keyRanks: each profile\'s position in key order', () => {
  it('ranks by key, whatever the input order', () => {
    const ps = [prof({}), prof({}), prof({})];
    const shuffled = [ps[2], ps[0], ps[1]];
    const byKey = [...shuffled].sort((x, y) => (x.key < y.key ? -1 : 1));
    expect([...keyRanks(shuffled)]).toEqual(shuffled.map((p) => byKey.indexOf(p)));
  });
});

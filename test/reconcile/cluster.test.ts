/** Cluster-level rules of cluster.ts (the evidence rules have their own tests). */
import { describe, expect, it } from 'vitest';
import { clusterNeed, timed } from '../../src/reconcile/cluster.ts';
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

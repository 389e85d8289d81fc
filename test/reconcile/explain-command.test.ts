import { describe, expect, it } from 'vitest';
import { findIncidents, formatExplanation } from '../../src/cli/commands/explain.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { incident, record } from './fixtures.ts';

const out = reconcile([
  record('a', [incident({ vehicles: ['Progress MS-40'], occurred: ['2027-02-11'] })]),
  record('b', [incident({ vehicles: ['Progress MS-40'], occurred: ['2027-02-11T04:00+00:00'] })]),
  record('c', [incident({ vehicles: ['Progress MS-41'], occurred: ['2027-02-11'] })]),
]);

describe('factwire explain', () => {
  it('finds an incident by id, or the incidents an article is part of', () => {
    const id = out.find((r) => r.members.length === 2)!.id;
    expect(findIncidents(out, id).map((r) => r.id)).toEqual([id]);
    expect(findIncidents(out, 'c').map((r) => r.members[0].article)).toEqual(['c']);
    expect(findIncidents(out, 'nowhere')).toEqual([]);
  });
  it('prints the members, why they are one incident and why the nearest other was kept apart', () => {
    const text = formatExplanation(out.find((r) => r.members.length === 2)!);
    expect(text).toMatch(/Members:\n {2}a \(main incident i1\)\n {2}b \(main incident i1\)/);
    expect(text).toMatch(/b joins a: both name the vehicle Progress MS-40 \(\+5\); occurrence dates agree to the day/);
    expect(text).toMatch(/Kept apart from leak-progress-ms-41-2027-02-11 \(a \/ c\): Progress MS-40 and Progress MS-41 are different vehicles of one family/);
  });
});

/** The reconciler end to end on small invented cases: what merges, what stays apart, what is kept. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.ts';
import { incident, record } from './fixtures.ts';

const members = (out: ReturnType<typeof reconcile>) => out.map((r) => r.members.map((m) => m.article)).sort();

describe('clustering', () => {
  it('merges reports of one vehicle with compatible dates, keeping every source', () => {
    const out = reconcile([
      record('a', [incident({ vehicles: ['Progress MS-40'], occurred: ['2027-02-11'] })]),
      record('b', [incident({ type: 'coolant leak', vehicles: ['Progress MS-40'], occurred: ['2027-02'] })]),
    ]);
    expect(members(out)).toEqual([['a', 'b']]);
    expect(out[0].vehicles[0].sources).toEqual(['a', 'b']);
    expect(out[0].explanation[0]).toMatch(/^b joins a: both name the vehicle Progress MS-40 \(\+5\); occurrence dates agree to the month/);
    expect(out[0].disagreements).toEqual([]); // a month and a day inside it agree
  });

  it('never merges two vehicles of one family, and says why', () => {
    const out = reconcile([
      record('a', [incident({ vehicles: ['Progress MS-40'], occurred: ['2027-02-11'] })]),
      record('b', [incident({ vehicles: ['Progress MS-41'], occurred: ['2027-02-11'] })]),
    ]);
    expect(members(out)).toEqual([['a'], ['b']]);
    expect(out[0].explanation.join(' ')).toContain('Progress MS-40 and Progress MS-41 are different vehicles of one family');
  });

  it('keeps the same vehicle apart when its incidents are months apart', () => {
    const out = reconcile([
      record('a', [incident({ vehicles: ['Soyuz MS-30'], occurred: ['2027-12-14'] })]),
      record('b', [incident({ vehicles: ['Soyuz MS-30'], occurred: ['2028-02-11'] })]),
    ]);
    expect(members(out)).toEqual([['a'], ['b']]);
  });

  it('clusters incidents without vehicles on places, people, dates and words', () => {
    const quake = 'A strong earthquake shook the island of Varo on Sunday, destroying homes in Port Selin and killing 12 people; rescuers searched the rubble through the night, governor Ilse Marten said';
    const out = reconcile(
      [
        record('x1', [incident({ type: 'earthquake', occurred: ['2027-05-02'], places: ['Varo', 'Port Selin'], people: ['Ilse Marten'], consequences: ['killing 12 people'] })]),
        record('x2', [incident({ type: 'earthquake', occurred: ['2027-05-02'], places: ['Port Selin'], people: ['Marten'], consequences: ['12 dead'] })]),
        record('y1', [incident({ type: 'earthquake', occurred: ['2024-08-19'], places: ['Varo'], consequences: ['3 injured'] })]),
      ],
      { textOf: (id) => (id.startsWith('x') ? quake : 'A moderate quake rattled Varo in August, injuring three people in the harbour town, and a ferry was delayed for a day while engineers checked the pier and the old lighthouse') },
    );
    expect(members(out)).toEqual([['x1', 'x2'], ['y1']]);
  });

  it('two fires at the same depot a year apart stay two incidents', () => {
    const out = reconcile([
      record('a', [incident({ type: 'fire', places: ['Kelby depot'], occurred: ['2026-03-02'] })], { published: '2026-03-03' }),
      record('b', [incident({ type: 'fire', places: ['Kelby depot'], occurred: ['2027-03-09'] })], { published: '2027-03-10' }),
    ]);
    expect(members(out)).toEqual([['a'], ['b']]);
  });

  it('does not depend on input order', () => {
    const rs = [
      record('a', [incident({ vehicles: ['Flight ZX12'], occurred: ['2027-01-01'] })]),
      record('b', [incident({ vehicles: ['Flight ZX12'] })]),
      record('c', [incident({ type: 'fire', vehicles: ['Sea Lark'] })]),
    ];
    expect(JSON.stringify(reconcile([...rs].reverse()))).toBe(JSON.stringify(reconcile(rs)));
  });
});

describe('merging with provenance', () => {
  const two = () =>
    reconcile([
      record('wire', [incident({ vehicles: ['Train 77'], occurred: ['2027-02-21T05:40'], people: ['Dmitry Orlov'], consequences: ['11 hurt'] })], { published: '2027-02-21' }),
      record('paper', [incident({ vehicles: ['Train 77'], occurred: ['2027-02-21T06:00'], people: ['Dmitri Orlov', 'Orlov'], consequences: ['injuring 14 people'] })], { published: '2027-02-22' }),
    ]);
  it('one person with every spelling', () => {
    expect(two()[0].people.map((p) => [p.name, p.variants, p.sources])).toEqual([['Dmitri Orlov', ['Dmitry Orlov', 'Orlov'], ['paper', 'wire']]]);
  });
  it('disagreeing times and counts keep every value with sources, one preferred by the rule', () => {
    const d = two()[0].disagreements;
    expect(d.map((x) => [x.field, x.values.map((v) => `${v.value}:${v.sources.join('+')}`), x.preferred])).toEqual([
      ['dates.occurred', ['2027-02-21T05:40:wire', '2027-02-21T06:00:paper'], '2027-02-21T06:00'], // equal support and detail: the later report
      ['casualties.injured', ['11:wire', '14:paper'], '14'],
    ]);
    expect(two()[0].casualties?.map((c) => [c.kind, c.count, c.preferred])).toEqual([['injured', 11, false], ['injured', 14, true]]);
  });
  it('planned dates of one event disagree too', () => {
    const out = reconcile([
      record('a', [incident({ vehicles: ['Progress MS-40'], dates: [{ value: '2027-03-01', role: 'other', event: 'undocking' }] })]),
      record('b', [incident({ vehicles: ['Progress MS-40'], dates: [{ value: '2027-03-04', role: 'other', event: 'undocking' }] })]),
    ]);
    expect(out[0].disagreements.map((x) => x.field)).toEqual(['dates.other.undocking']);
  });
  it('syndicated copies count as one source and are marked', () => {
    const story = 'The ferry Sea Lark lost power in heavy swell off the cape on Monday and drifted for three hours before two tugs towed her into harbour where divers checked the hull and the rudder for damage';
    const s = { type: 'system failure', vehicles: ['Sea Lark'], occurred: ['2027-04-05'] };
    const out = reconcile(
      [
        record('copy1', [incident({ ...s, consequences: ['4 injured'] })], { source: 'Site One' }),
        record('copy2', [incident({ ...s, consequences: ['4 injured'] })], { source: 'Site Two' }),
        record('own1', [incident({ ...s, consequences: ['2 injured'] })], { source: 'Paper A' }),
        record('own2', [incident({ ...s, consequences: ['2 injured'] })], { source: 'Paper B' }),
      ],
      {
        textOf: (id) =>
          id.startsWith('copy')
            ? story
            : id === 'own1'
              ? 'Two crew members were hurt when the Sea Lark lost all power near the cape, the operator said, adding that engineers traced the fault to a switchboard and that sailings resume on Friday'
              : 'Passengers on the Sea Lark described a frightening afternoon as the ship rolled without engines; the coastguard sent two tugs and a lifeboat, and two crew were treated for cuts',
      },
    );
    expect(out).toHaveLength(1);
    expect(out[0].members.find((m) => m.article === 'copy2')?.copyOf).toBe('copy1');
    const d = out[0].disagreements.find((x) => x.field === 'casualties.injured')!;
    expect(d.values.map((v) => [v.value, v.independentSources])).toEqual([['2', 2], ['4', 1]]);
    expect(d.preferred).toBe('2');
  });
});

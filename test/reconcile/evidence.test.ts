/** Each evidence rule, with cases where it speaks and cases where it must stay silent. */
import { describe, expect, it } from 'vitest';
import * as E from '../../src/reconcile/evidence.ts';
import { buildProfile, type Profile } from '../../src/reconcile/profile.ts';
import { Rarity } from '../../src/reconcile/stats.ts';
import { incident, record, type IncidentSpec } from './fixtures.ts';

let n = 0;
const prof = (s: IncidentSpec, meta: { published?: string; source?: string; title?: string } = {}, text?: string): Profile => buildProfile(record(`a${++n}`, [incident(s)], meta), incident(s), text);
const rarity = (...ps: Profile[]) => new Rarity(ps);
const run = (rule: E.EvidenceRule, a: Profile, b: Profile) => rule(a, b, rarity(a, b), true);

describe('evidence for "same"', () => {
  it('same named vehicle', () => expect(run(E.vehicles, prof({ vehicles: ['Nordic Meridian'] }), prof({ vehicles: ['Nordic Meridien'] }))).toMatchObject({ rule: 'same-vehicle' }));
  it('same model is weak', () => expect(run(E.vehicles, prof({ vehicles: ['Airbus A320neo'] }), prof({ vehicles: ['Airbus A320neo'] }))?.points).toBeLessThan(1));
  it('dates agree to the day', () => expect(run(E.occurrenceDates, prof({ occurred: ['2026-03-10'] }), prof({ occurred: ['2026-03-10T04:12+00:00'] }))).toMatchObject({ rule: 'dates-agree', points: 2 }));
  it('types of one family', () => expect(run(E.types, prof({ type: 'bombing' }), prof({ type: 'fire' }))).toMatchObject({ rule: 'type-family' }));
  it('a shared place', () => expect(run(E.places, prof({ places: ['Qeshm Island, Iran'] }), prof({ places: ['Qeshm Island'] }))?.rule).toBe('same-place'));
  it('a shared person across transliterations', () => expect(run(E.people, prof({ people: ['Dmitry Orlov'] }), prof({ people: ['Dmitri Orlov'] }))?.says).toContain('Dmitry Orlov / Dmitri Orlov'));
  it('the same death toll', () => expect(run(E.casualties, prof({ consequences: ['killing 10 people'] }), prof({ consequences: ['10 dead'] }))).toMatchObject({ rule: 'same-count' }));
  it('near-identical wording', () => {
    const text = 'A gas explosion destroyed a bakery on the main square early on Friday and injured four workers who were preparing the morning bread while neighbours were evacuated from six houses nearby';
    const s = { type: 'explosion', places: ['main square'], consequences: ['injured four workers'] };
    expect(run(E.syndicated, prof(s, {}, text), prof(s, {}, text))).toMatchObject({ rule: 'syndicated' });
  });
});

describe('evidence for "different"', () => {
  it('an article tells its own incidents apart (hard)', () => {
    const r = record('same', [incident({ id: 'x' }), incident({ id: 'y' })]);
    expect(E.sameArticle(buildProfile(r, r.incidents[0]), buildProfile(r, r.incidents[1]), rarity())).toMatchObject({ hard: true });
  });
  it('two serials of one family (hard)', () => expect(run(E.vehicles, prof({ vehicles: ['Progress MS-37'] }), prof({ vehicles: ['Progress MS-38'] }))).toMatchObject({ rule: 'vehicle-family', hard: true }));
  it('two different sole ferries (hard)', () => expect(run(E.vehicles, prof({ type: 'fire', vehicles: ['Isle of Carra'] }), prof({ type: 'fire', vehicles: ['Isle of Tarsay'] }))).toMatchObject({ rule: 'other-sole-vehicle', hard: true }));
  it('…but not for a collision, where a report may name only one of two ships', () =>
    expect(run(E.vehicles, prof({ type: 'collision', vehicles: ['Sea Lark'] }), prof({ type: 'collision', vehicles: ['Pacific Star'] }))).toMatchObject({ rule: 'other-vehicle' }));
  it('dates two months apart', () => expect(run(E.occurrenceDates, prof({ occurred: ['2026-03-21'] }), prof({ occurred: ['2026-05-21'] }))?.points).toBeLessThan(-4));
  it('dates years apart weigh more than a shared vehicle and its words', () => {
    const months = run(E.occurrenceDates, prof({ occurred: ['2026-03-21'] }), prof({ occurred: ['2026-05-21'] }))!.points;
    const years = run(E.occurrenceDates, prof({ occurred: ['2018-01-25'] }), prof({ occurred: ['2012-05-30'] }))!.points;
    expect(years).toBeLessThan(months);
    expect(years).toBeLessThanOrEqual(-10);
  });
  it('reported before it happened', () => expect(run(E.reportedBeforeItHappened, prof({ occurred: ['2026-05-21'] }), prof({}, { published: '2026-03-22' }))?.rule).toBe('reported-before'));
  it('different kinds of incident', () => expect(run(E.types, prof({ type: 'earthquake' }), prof({ type: 'shooting' }))).toMatchObject({ rule: 'other-type' }));
  it('different places', () => expect(run(E.places, prof({ places: ['Banfield'] }), prof({ places: ['Wellsby'] }))).toMatchObject({ rule: 'other-places' }));
  it('different counts', () => expect(run(E.casualties, prof({ consequences: ['4 injured'] }), prof({ consequences: ['3 injured'] }))).toMatchObject({ rule: 'other-count' }));
});

describe('silent rules (negative cases)', () => {
  const cases: [string, E.EvidenceRule, IncidentSpec, IncidentSpec][] = [
    ['no vehicles', E.vehicles, {}, {}],
    ['a year alone never says "apart"', E.occurrenceDates, { occurred: ['1991'] }, { occurred: ['2008-11-04'] }],
    ['one side undated', E.occurrenceDates, { occurred: ['2026-03-21'] }, {}],
    ['places sharing a word are not "different"', E.places, { places: ['Mount Cook'] }, { places: ['Mount Cook National Park'] }],
    ['an unknown type', E.types, { type: 'incident' }, { type: 'fire' }],
    ['people with different initials', E.people, { people: ['Anna Kuzmin'] }, { people: ['Boris Kuzmin'] }],
    ['counts of different kinds', E.casualties, { consequences: ['5 injured'] }, { consequences: ['10 dead'] }],
    ['too little wording to call copies', E.syndicated, { places: ['Leeds'] }, { places: ['Leeds'] }],
  ];
  it.each(cases)('%s', (_, rule, a, b) => expect(run(rule, prof(a), prof(b))).toBeNull());
});

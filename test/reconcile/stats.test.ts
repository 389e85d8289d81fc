/** Rarity (stats.ts): the place view the place evidence reads. */
import { describe, expect, it } from 'vitest';
import { buildProfile, type Profile } from '../../src/reconcile/profile.ts';
import { Rarity } from '../../src/reconcile/stats.ts';
import { incident, record, type IncidentSpec } from './fixtures.ts';

let n = 0;
const prof = (s: IncidentSpec): Profile => buildProfile(record(`s${++n}`, [incident(s)]), incident(s));

describe('Rarity.places', () => {
  // "ohio" is named by every record: too common to tell anything
  const ps = Array.from({ length: 60 }, (_, i) => prof({ places: i < 2 ? ['Ohio', 'Harbour Street', 'New York'] : ['Ohio'] }));
  const r = new Rarity(ps);
  const v = r.places(ps[0]);
  it('keeps the specific places in the profile order, without the common ones', () => {
    expect(v.specific).toEqual(ps[0].places.filter((p) => p !== 'ohio'));
    expect(v.all.has('ohio')).toBe(true);
  });
  it('gives each specific place its rarity', () => expect(v.rarity).toEqual(v.specific.map((p) => r.rarity(`p:${p}`))));
  it('splits specific place names into words', () => expect(v.words.has('york') && v.words.has('harbour') && !v.words.has('ohio')).toBe(true));
  it('is computed once per profile', () => expect(r.places(ps[0])).toBe(v));
});

describe('Rarity.people', () => {
  // "smith" is in every record: too common to tell anything
  const ps = Array.from({ length: 60 }, (_, i) => prof({ people: i < 2 ? ['John Smith', 'Olga Voronova'] : ['Ann Smith'] }));
  const r = new Rarity(ps);
  const v = r.people(ps[0]);
  it('keeps the people with a surname that is not common, with its rarity', () => {
    expect(v.specific.map((x) => x.surname)).toEqual(ps[0].people.map((x) => x.surname).filter((s) => s !== 'smith'));
    expect(v.rarity).toEqual(v.specific.map((x) => r.rarity(`n:${x.surname}`)));
  });
  it('is computed once per profile', () => expect(r.people(ps[0])).toBe(v));
});

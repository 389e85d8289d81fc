import { describe, expect, it } from 'vitest';
import { buildProfile, incidentText, ownText, personKey, placeKeys, profileWords } from '../../src/reconcile/profile.ts';
import { incident, record } from './fixtures.ts';

describe('profile keys', () => {
  it.each([
    ['Banstead, Surrey', ['banstead', 'surrey']],
    ['the Bering Sea', ['bering sea']],
    ['Aoraki/Mount Cook', ['aoraki mount cook']],
  ])('placeKeys(%s)', (name, keys) => expect(placeKeys(name)).toEqual(keys));

  it('personKey folds transliterations and keeps the first initial', () => {
    expect(personKey('Dmitri Voronov')).toEqual(personKey('Dmitry Voronov') && { surname: 'voronov', initial: 'd', name: 'Dmitri Voronov' });
    expect(personKey('Vance')).toEqual({ surname: 'vance', name: 'Vance' });
    expect(personKey('Jr.')).toBeNull();
  });

  it('profileWords keeps decimals and drops stop words', () => {
    expect(profileWords('A 5.9 quake hit the island, killing 1,200')).toEqual(['5.9', 'quake', 'hit', 'island', 'kil', '1200']);
  });
});

describe('incidentText: the sentences that hold the incident evidence', () => {
  const text = 'A fire broke out on the ferry. Nobody was hurt. In 2019 a tanker ran aground nearby.';
  it('takes the sentences around the spans, not the other incident', () => {
    const inc = incident({});
    inc.locations = [{ name: 'ferry', evidence: [{ start: 24, end: 29, quote: 'ferry' }], ruleId: 't' }];
    expect(incidentText(inc, text)).toBe('A fire broke out on the ferry.');
  });
  it('without the text, the quotes', () => {
    expect(incidentText(incident({ places: ['Oban'] }), undefined)).toBe('Oban');
  });
});

describe('ownText: a main incident with no fact reads the lead', () => {
  const text = 'Four thieves stole the jewels of a boutique on Thursday. Police are searching for them. In 2008 the same shop was robbed.';
  it('the first two sentences when nothing locates the incident', () => expect(ownText(incident({}), text)).toBe('Four thieves stole the jewels of a boutique on Thursday. Police are searching for them.'));
  it('its own sentences when a fact locates it', () => {
    const inc = incident({});
    inc.locations = [{ name: 'shop', evidence: [{ start: 104, end: 108, quote: 'shop' }], ruleId: 't' }];
    expect(ownText(inc, text).trim()).toBe('In 2008 the same shop was robbed.');
  });
  it('a background incident without facts has no words', () => expect(ownText(incident({ mention: 'background' }), text)).toBe(''));
  it('a text of one sentence is the lead', () => expect(ownText(incident({}), 'Thieves stole the jewels')).toBe('Thieves stole the jewels'));
});

describe('buildProfile', () => {
  it('keeps the core dates of a main incident and reads counts', () => {
    const r = record('a', [incident({ occurred: ['2025-12-14', '2026-02-15'], consequences: ['3 injured', '1 dead'] })], { published: '2026-02-16' });
    const p = buildProfile(r, r.incidents[0]);
    expect(p.dates.map((d) => d.value)).toEqual(['2026-02-15']);
    expect(p.casualties).toEqual([['dead', 1], ['injured', 3]]);
    expect(p.key).toBe('a#i1');
  });
});

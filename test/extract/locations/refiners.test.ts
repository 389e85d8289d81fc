import { describe, expect, it } from 'vitest';
import { extractLocations, groupLocations } from '../../../src/extract/locations/index.ts';
import { locationOverlaps, notPeopleOrOrgs } from '../../../src/extract/locations/refiners.ts';
import { locationMention } from '../../../src/extract/locations/mention.ts';
import { namedMention } from '../../../src/extract/organizations/mention.ts';
import { personMention } from '../../../src/extract/people/mention.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

describe('location.overlaps', () => {
  it('keeps the facility over the city inside it, and the more reliable rule on ties', () => {
    const doc = docOf('It landed at San Francisco International Airport.');
    const kept = locationOverlaps([
      locationMention(doc, { start: 13, end: 26 }, 'location.gazetteer'),
      locationMention(doc, { start: 13, end: 48 }, 'location.facility-suffix'),
      locationMention(doc, { start: 13, end: 48 }, 'location.compromise'),
    ]);
    expect(kept.map((m) => [m.text, m.ruleId])).toEqual([['San Francisco International Airport', 'location.facility-suffix']]);
  });
});

describe('location.not-people-or-orgs', () => {
  it('drops a place inside a person or a longer organisation span', () => {
    const doc = docOf('NTSB investigator Jon Park met the Japan Coast Guard in Tokyo.');
    const places = [
      locationMention(doc, { start: 18, end: 26 }, 'location.compromise'), // Jon Park
      locationMention(doc, { start: 35, end: 40 }, 'location.gazetteer'), // Japan
      locationMention(doc, { start: 56, end: 61 }, 'location.gazetteer'), // Tokyo
    ];
    const people = [personMention(doc, { start: 18, end: 26 }, 'person.title-prefix')];
    const orgs = [namedMention(doc, 'organization', { start: 35, end: 52 }, 'org.lexicon')];
    expect(notPeopleOrOrgs(places, people, orgs).map((m) => m.text)).toEqual(['Tokyo']);
  });
});

describe('extractLocations end to end', () => {
  const rows: [string, string[]][] = [
    ['NTSB investigator Jon Park said the Japan Coast Guard towed it to Tokyo Bay.', ['Tokyo Bay']],
    ['The Washington Post reported a derailment in Washington.', ['Washington']],
    ['Whitney Houston landed in Houston.', ['Houston']],
  ];
  it.each(rows)('%s', (text, expected) => {
    const doc = docOf(text);
    const found = extractLocations(doc);
    expectValidSpans(doc, found);
    expect(found.map((m) => m.name)).toEqual(expected);
  });
});

describe('groupLocations', () => {
  it('groups by name whatever the case or a leading "the"', () => {
    const doc = docOf('The Bronx and the Bronx. The ISS and the orbiting outpost.');
    const groups = groupLocations([
      locationMention(doc, { start: 0, end: 9 }, 'location.gazetteer', 'The Bronx'),
      locationMention(doc, { start: 14, end: 23 }, 'location.gazetteer', 'the Bronx'),
      locationMention(doc, { start: 29, end: 32 }, 'location.space-station', 'International Space Station'),
      locationMention(doc, { start: 41, end: 57 }, 'location.space-station', 'International Space Station'),
    ]);
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['The Bronx', 2],
      ['International Space Station', 2],
    ]);
  });
});

import { notOrgHeads } from '../../../src/extract/locations/refiners.ts';

describe('location.org-heads', () => {
  it('drops a guessed town that starts an organisation name, keeps known places', () => {
    const doc = docOf('Formosa, Taiwan said Formosa Airways and Japan Airlines flew.');
    const places = [
      locationMention(doc, { start: 0, end: 7 }, 'location.city-region'), // Formosa
      locationMention(doc, { start: 9, end: 15 }, 'location.gazetteer'), // Taiwan
    ];
    const orgs = [
      namedMention(doc, 'organization', { start: 21, end: 36 }, 'org.suffix'),
      namedMention(doc, 'organization', { start: 41, end: 55 }, 'org.lexicon'),
    ];
    expect(notOrgHeads(places, orgs).map((m) => m.text)).toEqual(['Taiwan']);
  });
});

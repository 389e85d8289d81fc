/** One table per location rule: positives and negatives. */
import { describe, expect, it } from 'vitest';
import type { Rule, NamedMention } from '../../../src/extract/types.ts';
import { compromisePlacesRule, withoutTailNoise } from '../../../src/extract/locations/compromise-places.ts';
import { facilityRule } from '../../../src/extract/locations/facility-suffix.ts';
import { featureRule } from '../../../src/extract/locations/features.ts';
import { gazetteerRule } from '../../../src/extract/locations/gazetteer-rule.ts';
import { spaceStationRule } from '../../../src/extract/locations/space-station.ts';
import { stationModuleRule } from '../../../src/extract/locations/station-module.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const run = (rule: Rule<NamedMention>, text: string) => {
  const doc = docOf(text);
  const found = rule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => (m.name === m.text ? m.text : `${m.text} → ${m.name}`));
};

type Table = [string, string[]][];

describe('location.space-station', () => {
  const rows: Table = [
    ['A spacecraft docked at the International Space Station.', ['International Space Station']],
    ['The spacewalk aboard the ISS was canceled.', ['ISS → International Space Station']],
    ['The ISS crew is safe.\nThe leak did not affect the orbiting outpost.', ['ISS → International Space Station', 'orbiting outpost → International Space Station']],
    ['The ISS is fine.\nThey are safe and the space station operates as usual.', ['ISS → International Space Station', 'space station → International Space Station']],
    // negatives
    ['China launched a module for its space station.', []], // no ISS named: "space station" stays unresolved
    ['The train pulled into the station.', []],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(spaceStationRule, text)).toEqual(expected));
});

describe('location.gazetteer', () => {
  const rows: Table = [
    ['It launched from the Baikonur Cosmodrome in Kazakhstan.', ['Kazakhstan']],
    ['Controllers in both Houston and Moscow noticed it.', ['Houston', 'Moscow']],
    ['The train derailed in the Bronx.', ['the Bronx → The Bronx']],
    ['It derailed in The Bronx.', ['The Bronx']],
    ['Tourists flew in from the U.S. on Monday.', ['U.S.']],
    // negatives
    ['Whitney Houston sang.', []], // a first name before a city
    ['The U.S. agency said so.', []], // an abbreviation used as an adjective
    ['It was a nice day in Reading the news.', []], // common-word cities are not listed
  ];
  it.each(rows)('%s', (text, expected) => expect(run(gazetteerRule, text)).toEqual(expected));
});

describe('location.facility-suffix', () => {
  const rows: Table = [
    ['It launched from the Baikonur Cosmodrome in Kazakhstan.', ['Baikonur Cosmodrome']],
    ['The jet landed at San Francisco International Airport.', ['San Francisco International Airport']],
    ['It stopped north of the Spuyten Duyvil station.', ['Spuyten Duyvil station']],
    ['The destroyer returned to Yokosuka Naval Base.', ['Yokosuka Naval Base']],
    ["The ship sailed to Singapore's Changi Naval Base.", ['Changi Naval Base']],
    ['The train was due at Grand Central Station.', ['Grand Central Station']],
    ['It derailed near the 30th Street station.', ['30th Street station']],
    ['Train Derails Near Grand Central Station', ['Grand Central Station']], // only the name of a headline
    // negatives
    ['The train pulled into the station.', []],
    ['Officials at the airport said.', []],
    ['A San Francisco TV station reported it.', []], // a broadcaster's station
  ];
  it.each(rows)('%s', (text, expected) => expect(run(facilityRule, text)).toEqual(expected));
});

describe('location.feature', () => {
  const rows: Table = [
    ['The ship proceeded to Tokyo Bay unassisted.', ['Tokyo Bay']],
    ['A tanker ran aground in the Strait of Hormuz.', ['Strait of Hormuz']],
    ['It spilled oil into the Gulf of Mexico.', ['Gulf of Mexico']],
    ['Cranes at the Port of Baltimore stopped.', ['Port of Baltimore']],
    ['The train fell into the Harlem River.', ['Harlem River']],
    ['The plane crashed on Mount Erebus.', ['Mount Erebus']],
    // negatives
    ['The boat drifted across the bay.', []],
    ['They walked along the lake shore to the mount.', []], // lowercase words name nothing
  ];
  it.each(rows)('%s', (text, expected) => expect(run(featureRule, text)).toEqual(expected));
});

describe('location.station-module', () => {
  const rows: Table = [
    ['The Soyuz was docked to the Rassvet module on the station.', ['Rassvet module']],
    ['A leak was traced to the Zvezda docking module.', ['Zvezda docking module']],
    // negatives
    ['A leak came from the instrument module.', []],
    ['The Soyuz descent module landed.', []],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(stationModuleRule, text)).toEqual(expected));
});

describe('location.compromise', () => {
  const rows: Table = [
    ['The controllers in Moscow noticed the leak.', ['Moscow']],
    ['Westchester County Executive Robert Astor said.', ['Westchester County']], // a title cut off
    // negatives
    ['Chinese state media said she went to school.', []], // a description
    ['State Senator Jane Doe died.', []], // what is left of a title
    ['In March the ship sailed.', []], // a month
    ['RELATED ARTICLE: Saudi Arabia Will Someday Build a Giant Turtle City Worth $8 Billion', []], // a promo line
  ];
  it.each(rows)('%s', (text, expected) => expect(run(compromisePlacesRule, text)).toEqual(expected));

  it('withoutTailNoise cuts role words off the end', () => {
    const text = 'San Mateo County Coroner';
    expect(text.slice(0, withoutTailNoise(text, 0, text.length))).toBe('San Mateo County');
  });
});

import { cityRegionRule } from '../../../src/extract/locations/city-region.ts';

describe('location.city-region', () => {
  const rows: Table = [
    ['It happened 56 nautical miles southwest of Yokosuka, Japan.', ['Yokosuka']],
    ['The train was bound for Savannah, Georgia, from New York.', ['Savannah']],
    ['The blast hit Springfield, Massachusetts on Friday.', ['Springfield']],
    // negatives
    ['Officials, Japan said, were told.', []],
    ['Jane Doe, 46, of Texas was hurt.', []],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(cityRegionRule, text)).toEqual(expected));
});

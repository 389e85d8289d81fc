import { describe, expect, it } from 'vitest';
import { compromiseRule, notAnOrgName, onlyAsFirstWord } from '../../../src/extract/organizations/compromise-orgs.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

describe('notAnOrgName', () => {
  const table: [string, string | undefined][] = [
    ['Roscosmos', undefined],
    ['Federal Bureau of Investigation', undefined],
    ['International Space Station systems', 'generic description'],
    ['Soyuz crew', 'generic description'],
    ['American agency', 'generic description'],
    ['U', 'too short'],
    ['ISS', 'place'],
    ['Kazakhstan', 'place'],
    ['San Francisco General Hospital', 'facility (a location)'],
    ['USS', 'vessel prefix'],
    ['Doe &', 'cut name'],
  ];
  it.each(table)('%s → %s', (text, reason) => expect(notAnOrgName(text)).toBe(reason));
});

describe('org.compromise', () => {
  const run = (text: string) => {
    const doc = docOf(text);
    const found = compromiseRule.extract(doc);
    expectValidSpans(doc, found);
    return found.map((m) => m.text);
  };
  it('strips possessives and takes back a first word compromise dropped', () => {
    expect(run("Roscosmos' engineers agreed.")).toEqual(['Roscosmos']);
  });
  const negatives: [string, string][] = [
    ['Officials are monitoring all International Space Station systems.', 'a description'],
    ['The American agency also said so.', 'a description'],
    ['The spacewalk aboard the ISS was canceled.', 'the station is a place'],
    ['She died at San Francisco General Hospital.', 'a hospital is a location'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(text)).toEqual([]));
});

describe('one word known only by the capital opening its sentence', () => {
  it.each<[string, boolean]>([
    ['Stock markets fell sharply. Traders sold.', true],
    ['Kestrel cut jobs. Analysts said Kestrel would recover.', false], // written capitalised inside a sentence too
    ['NTSB investigators arrived.', false], // an acronym
    ["Roscosmos' engineers agreed.", false], // an owner
  ])('%s → %s', (text, expected) => {
    const doc = docOf(text);
    const first = /^\p{L}+/u.exec(text)![0];
    expect(onlyAsFirstWord(doc, { start: 0, end: first.length }, 0)).toBe(expected);
  });
});

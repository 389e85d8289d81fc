import { describe, expect, it } from 'vitest';
import { acronymExpansionRule, expansionFor } from '../../../src/extract/organizations/acronym-expansion.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const run = (text: string) => {
  const doc = docOf(text);
  const found = acronymExpansionRule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => [m.text, m.name]);
};

describe('expansionFor', () => {
  const table: [string, string, string | null][] = [
    ['the National Transportation Safety Board ', 'NTSB', 'National Transportation Safety Board'],
    ['Investigators from the Department of Transportation ', 'DOT', 'Department of Transportation'],
    ['Bureau of Fire Protection ', 'BFP', 'Bureau of Fire Protection'],
    ['New York ', 'AP', null],
    ['Eastern Standard Time ', 'EDT', null],
  ];
  it.each(table)('%s(%s) → %s', (full, acr, expected) => expect(expansionFor(full, acr)).toBe(expected));
});

describe('org.acronym-expansion', () => {
  it('names the definition, the bracketed acronym and every later use', () => {
    expect(run('The Marine Safety Panel (MSP) opened a probe.\nMSP officials said more later.')).toEqual([
      ['Marine Safety Panel', 'Marine Safety Panel'],
      ['MSP', 'Marine Safety Panel'],
      ['MSP', 'Marine Safety Panel'],
    ]);
  });

  const negatives: [string, string][] = [
    ['NEW YORK (AP) — A train derailed.', 'a dateline'],
    ['It left at 7:45 PM (EST) on Friday.', 'a time zone'],
    ['The ferry (MV Star) sank.', 'not capitals'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(text)).toEqual([]));
});

describe('a company ending outside the acronym', () => {
  it.each<[string, string, string | null]>([
    ['Norvik Motors Corporation', 'NM', 'Norvik Motors Corporation'],
    ['Kestrel Shipping Inc.', 'KS', 'Kestrel Shipping Inc.'],
    ['Norvik Motors Corporation', 'NMC', 'Norvik Motors Corporation'],
    ['Norvik Motors Airways', 'NM', null], // not a company ending
  ])('%s (%s) → %s', (full, acr, expected) => expect(expansionFor(full, acr)).toBe(expected));
});

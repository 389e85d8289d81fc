import { describe, expect, it } from 'vitest';
import { extractOrganizations } from '../../../src/extract/organizations/index.ts';
import { isSourceContext, outletRule } from '../../../src/extract/organizations/outlets.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

describe('isSourceContext', () => {
  // [sentence, outlet in it, reads as a source?]
  const table: [string, string, boolean][] = [
    ['According to ABC News, a similar incident happened.', 'ABC News', true],
    ['Depressurization was clarified, Phys.org reported.', 'Phys.org', true],
    ['Passengers told Reuters the ferry listed.', 'Reuters', true],
    ['The NASA TV coverage began at 9 p.m.', 'NASA TV', true],
    ['Photo: Ann Lee/Reuters', 'Reuters', true],
    ['NEW YORK (AP) — A train derailed.', 'AP', true],
    ['Reuters employees were among the passengers.', 'Reuters', false],
    ['The crash damaged the Daily Mail printing plant.', 'Daily Mail', false],
  ];
  it.each(table)('%s [%s] → %s', (text, outlet, source) => {
    const doc = docOf(text);
    const start = text.indexOf(outlet);
    expect(isSourceContext(doc, { start, end: start + outlet.length })).toBe(source);
  });
});

describe('org.outlet and org.outlet-sources', () => {
  it('finds outlets, then drops those that only appear as sources', () => {
    const doc = docOf('According to ABC News, the ferry sank.\nPhys.org reported the leak.\nThe NASA TV coverage began.\nNASA said the crew was safe.');
    const outlets = outletRule.extract(doc);
    expectValidSpans(doc, outlets);
    expect(outlets.map((m) => m.text)).toEqual(['ABC News', 'Phys.org', 'NASA TV']);
    expect(extractOrganizations(doc).map((m) => m.text)).toEqual(['NASA']);
  });

  it('keeps an outlet that acts in the story', () => {
    const doc = docOf('Reuters employees were among the passengers.');
    expect(extractOrganizations(doc).map((m) => m.name)).toEqual(['Reuters']);
  });
});

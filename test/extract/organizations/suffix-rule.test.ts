import { describe, expect, it } from 'vitest';
import { suffixRule } from '../../../src/extract/organizations/suffix-rule.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const run = (text: string) => {
  const doc = docOf(text);
  const found = suffixRule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => m.text);
};

describe('org.suffix', () => {
  const positives: [string, string[]][] = [
    ['She was recorded by California Highway Patrol dispatchers.', ['California Highway Patrol']],
    ['Ken Doe of the National Firefighter Protection Agency said.', ['National Firefighter Protection Agency']],
    ['Service on NJ Transit was suspended.', ['NJ Transit']],
    ['The Ministry of Transport said.', ['Ministry of Transport']],
    ['Officials from the Ministry of Transport, the police and the navy met.', ['Ministry of Transport']], // a comma after the last word
    ['At 0800 UTC, the Bank of Norland, the Bank of Kestrel and others acted.', ['Bank of Norland', 'Bank of Kestrel']],
    ["Taiwan's Formosa Airways said.", ['Formosa Airways']], // a possessive owner is cut
    ['Both the MTA and NJ Transit said.', ['NJ Transit']], // two bodies
    ['The Department of Transportation Chair Rick Doe said.', ['Department of Transportation']],
    ['The Maritime and Port Authority said.', ['Maritime and Port Authority']],
    ["Coral Sea Air's chief executive said.", ['Coral Sea Air']],
    ['A helicopter from Coast Guard Air Station Kodiak flew.', ['Coast Guard']], // not "Coast Guard Air": a facility follows
    ['A spokesman for the Bureau of Mines, Quarries, Tunnels and Explosives said nothing.', ['Bureau of Mines']], // a list-like name is cut at its first comma (used to throw)
  ];
  it.each(positives)('%s', (text, expected) => expect(run(text)).toEqual(expected));

  const negatives: [string, string][] = [
    ['Police said the driver fled.', 'a suffix alone'],
    ['The Agency declined.', 'a determiner is not a name'],
    ['Safety Board Blames Pilot Error In Crash Report', 'a headline'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(text)).toEqual([]));
});

import { isTitleCase } from '../../../src/extract/people/spans.ts';

describe('isTitleCase (headline detection)', () => {
  const table: [string, boolean][] = [
    ['Russia Releases A Statement About The Coolant Leakage', true],
    ['Coolant Leakage in International Space Station', true],
    ['Safety Board Blames Pilot Error In Crash Report', true],
    ['Ken Doe of the National Firefighter Protection Agency said.', false],
    ['A Russian spacecraft docking at International Space Station had leaked coolant.', false],
    ['NASA astronaut Frank Rubio flew.', false],
  ];
  it.each(table)('%s → %s', (text, yes) => expect(isTitleCase(text)).toBe(yes));
});

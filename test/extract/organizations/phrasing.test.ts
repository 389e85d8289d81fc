/**
 * Short sentences in aviation, maritime and rail phrasing, end to end through
 * extractOrganizations + groupOrganizations. Written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractOrganizations, groupOrganizations } from '../../../src/extract/organizations/index.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const names = (text: string) => {
  const doc = docOf(text);
  const found = extractOrganizations(doc);
  expectValidSpans(doc, found);
  return groupOrganizations(found).map((g) => g.name);
};

describe('organisations in aviation, maritime and rail phrasing', () => {
  const rows: [string, string[]][] = [
    ['The Federal Aviation Administration grounded the jets, and the NTSB sent a go-team.', ['Federal Aviation Administration', 'NTSB']],
    ["NTSB investigator Jon Park said Boeing's data was shared; Boeing 737 jets stayed parked.", ['NTSB', 'Boeing']],
    ['A spokesperson for Southwest Airlines told CNN the flight returned.', ['Southwest Airlines']],
    ['The Coast Guard said the tanker ran aground; the Maritime and Port Authority of Singapore confirmed it.', ['Coast Guard', 'Maritime and Port Authority of Singapore']],
    ['The Marine Accident Investigation Branch (MAIB) said MAIB inspectors boarded.', ['Marine Accident Investigation Branch']],
    ['Amtrak said the train hit a backhoe; the Federal Railroad Administration (FRA) is investigating.', ['Amtrak', 'Federal Railroad Administration']],
    ['Service on NJ Transit was suspended, according to Reuters.', ['NJ Transit']],
  ];
  it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

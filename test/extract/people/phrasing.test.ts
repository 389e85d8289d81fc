/**
 * Short sentences in aviation, maritime and rail phrasing, end to end through extractPeople.
 * Written for these tests; no benchmark article is quoted.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/index.ts';
import { docOf, expectValidSpans } from './helpers.ts';

type Row = [string, { name: string; role?: string; affiliation?: string }[]];

const run = (text: string) => {
  const doc = docOf(text);
  const found = extractPeople(doc).filter((m) => !m.excluded);
  expectValidSpans(doc, found);
  return found.map(({ name, role, affiliation }) => ({ name, ...(role ? { role } : {}), ...(affiliation ? { affiliation } : {}) }));
};

describe('people in aviation phrasing', () => {
  const rows: Row[] = [
    ['Capt. Ana Ruiz and First Officer Mark Chen were at the controls.', [{ name: 'Ana Ruiz', role: 'captain' }, { name: 'Mark Chen', role: 'First Officer' }]],
    ['FAA spokesman Ian Gregor said the agency would investigate.', [{ name: 'Ian Gregor', role: 'spokesman', affiliation: 'FAA' }]],
    ['"The engine cowling came off," said passenger Lisa Moreno, 34.', [{ name: 'Lisa Moreno', role: 'passenger' }]],
    ['NTSB investigator Jon Park said the recorders were recovered.', [{ name: 'Jon Park', role: 'investigator', affiliation: 'NTSB' }]],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('people in maritime phrasing', () => {
  const rows: Row[] = [
    ["Capt. Lena Ortiz, the ferry's master, said the vessel lost power.", [{ name: 'Lena Ortiz', role: 'master, captain' }]],
    ['The ship\'s master, Lars Berg, was detained by port authorities.', [{ name: 'Lars Berg', role: 'master' }]],
    ['The commanding officer, Cmdr. Bryce Doe, was evacuated by helicopter.', [{ name: 'Bryce Doe', role: 'commanding officer, commander' }]],
    ['Coast Guard Petty Officer Anna Lee said crews searched overnight.', [{ name: 'Anna Lee', role: 'Petty Officer', affiliation: 'Coast Guard' }]],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

describe('people in rail phrasing', () => {
  const rows: Row[] = [
    ['John Smith, 46, a conductor from Yonkers, was hurt.', [{ name: 'John Smith', role: 'conductor' }]],
    ["The train's engineer, Thomas Doe, told investigators the brakes failed.", [{ name: 'Thomas Doe', role: 'engineer' }]],
    ['Amtrak spokeswoman Kim Roe said service would resume.', [{ name: 'Kim Roe', role: 'spokeswoman', affiliation: 'Amtrak' }]],
    ['Commuter Dana Jones told reporters the train was going fast.', [{ name: 'Dana Jones', role: 'commuter' }]],
  ];
  it.each(rows)('%s', (text, expected) => expect(run(text)).toEqual(expected));
});

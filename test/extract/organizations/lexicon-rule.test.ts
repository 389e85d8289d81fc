import { describe, expect, it } from 'vitest';
import { lexiconRule } from '../../../src/extract/organizations/lexicon-rule.ts';
import { isOutletName, looksLikeOrg, orgEntryFor } from '../../../src/extract/organizations/lexicon.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const run = (text: string) => {
  const doc = docOf(text);
  const found = lexiconRule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => [m.text, m.name]);
};

describe('org.lexicon', () => {
  const positives: [string, [string, string][]][] = [
    ["NASA's specialists are working on it.", [['NASA', 'NASA']]],
    ["Head of Roscosmos' crewed programs.", [['Roscosmos', 'Roscosmos']]],
    ['The U.S. Coast Guard said the search continued.', [['U.S. Coast Guard', 'US Coast Guard']]],
    ['NTSB investigators arrived.', [['NTSB', 'National Transportation Safety Board']]],
    ['A spokesperson for Delta Air Lines said.', [['Delta Air Lines', 'Delta Air Lines']]],
    ['The Coast Guard said the ferry was towed.', [['Coast Guard', 'Coast Guard']]],
    ['Boeing declined to comment.', [['Boeing', 'Boeing']]],
    ['A Metro-North spokesman said service resumed.', [['Metro-North', 'Metro-North Railroad']]],
    ['Con Ed crews shut off the gas main.', [['Con Ed', 'Con Edison']]],
    ['FDNY firefighters searched the rubble.', [['FDNY', 'FDNY']]],
  ];
  it.each(positives)('%s', (text, expected) => expect(run(text)).toEqual(expected));

  const negatives: [string, string][] = [
    ['The Boeing 737 landed.', 'a manufacturer before a model number is a vehicle family'],
    ['An Airbus A320 was delayed.', 'same, with a letter in the model'],
    ['The esa and nasa words in lowercase.', 'lowercase is not a name'],
    ['The SpaceXplorer app crashed.', 'no match inside a longer word'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(text)).toEqual([]));
});

describe('lexicon lookups', () => {
  const orgs: [string, string | undefined][] = [
    ['NTSB', 'National Transportation Safety Board'],
    ["NASA's", 'NASA'],
    ['U.S. Navy', 'US Navy'],
    ['Progress', undefined], // a vehicle family, never an organisation
    ['ISS', undefined],
  ];
  it.each(orgs)('orgEntryFor(%s) → %s', (text, name) => expect(orgEntryFor(text)?.name).toBe(name));

  const outlets: [string, boolean][] = [
    ['ABC News', true],
    ['Phys.org', true],
    ['Science Times', true], // outlet suffix
    ['NASA TV', true],
    ['Philadelphia NBC', true], // a place before a listed outlet
    ['KTVU-TV', true],
    ['NASA', false],
    ['Times Square', false],
  ];
  it.each(outlets)('isOutletName(%s) → %s', (text, yes) => expect(isOutletName(text)).toBe(yes));

  const orgLike: [string, boolean][] = [
    ['California Highway Patrol', true],
    ['FBI', true],
    ['Frank Rubio', false],
    ['Moscow', false],
  ];
  it.each(orgLike)('looksLikeOrg(%s) → %s', (text, yes) => expect(looksLikeOrg(text)).toBe(yes));
});

describe('a utility that compromise reads as a person', () => {
  it('is an organisation, not a person', async () => {
    const { extractMentions } = await import('../../../src/extract/index.ts');
    const m = extractMentions(docOf('Con Edison said its crews checked the gas line on Tuesday.'));
    expect(m.organizations.map((o) => o.name)).toContain('Con Edison');
    expect(m.people.filter((p) => !p.excluded).map((p) => p.name)).not.toContain('Con Edison');
  });
});

describe('lexiconName', () => {
  it('an acronym never spelled out keeps the written form; spelled out anywhere, the canonical name', async () => {
    const { lexiconName } = await import('../../../src/extract/organizations/lexicon.ts');
    const faa = orgEntryFor('FAA')!;
    expect(lexiconName('The FAA said it would investigate.', faa, 'FAA')).toBe('FAA');
    expect(lexiconName('The Federal Aviation Administration (FAA) said the FAA would investigate.', faa, 'FAA')).toBe('Federal Aviation Administration');
    expect(lexiconName('The U.S. Coast Guard said.', orgEntryFor('U.S. Coast Guard')!, 'U.S. Coast Guard')).toBe('US Coast Guard');
  });
  it('the extracted mention is named as written', async () => {
    const { extractMentions } = await import('../../../src/extract/index.ts');
    const m = extractMentions(docOf('Investigators from the NTSB arrived at the scene on Monday.'));
    expect(m.organizations.map((o) => o.name)).toContain('NTSB');
  });
});

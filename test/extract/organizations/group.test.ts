import { describe, expect, it } from 'vitest';
import { extractOrganizations, groupOrganizations } from '../../../src/extract/organizations/index.ts';
import { initials } from '../../../src/extract/organizations/group.ts';
import { namedMention } from '../../../src/extract/organizations/mention.ts';
import { docOf } from '../people/helpers.ts';

const groups = (text: string) => groupOrganizations(extractOrganizations(docOf(text))).map((g) => [g.name, g.mentions.length]);

describe('initials', () => {
  it.each([
    ['National Transportation Safety Board', 'NTSB'],
    ['Department of Transportation', 'DT'],
    ['Bureau of Fire Protection', 'BFP'],
  ])('%s → %s', (name, acr) => expect(initials(name)).toBe(acr));
});

describe('groupOrganizations', () => {
  it('merges an expansion and its acronym', () => {
    expect(groups('The National Transportation Safety Board (NTSB) and the FBI came.\nLater NTSB staff left.')).toEqual([
      ['National Transportation Safety Board', 3],
      ['FBI', 1], // never spelled out: named as written
    ]);
  });

  it('merges possessives and acronym dots', () => {
    expect(groups("NASA's team and NASA agreed.\nThe U.S. Coast Guard and the US Coast Guard are one.")).toEqual([
      ['NASA', 2],
      ['US Coast Guard', 2],
    ]);
  });

  it('merges an acronym compromise found with an expansion in the article', () => {
    const doc = docOf('The Kentucky Rail Safety Office said. KRSO staff left.');
    const ms = [
      namedMention(doc, 'organization', { start: 4, end: 31 }, 'org.suffix'),
      namedMention(doc, 'organization', { start: 38, end: 42 }, 'org.compromise'),
    ];
    expect(groupOrganizations(ms).map((g) => [g.name, g.mentions.length])).toEqual([['Kentucky Rail Safety Office', 2]]);
  });

  it('merges a short name into the one longer name ending with it, and "Co." spellings', () => {
    const doc = docOf('Japan Coast Guard boats came. The Coast Guard said. Boeing Co. and Boeing agreed.');
    const ms = [
      namedMention(doc, 'organization', { start: 0, end: 17 }, 'org.lexicon'),
      namedMention(doc, 'organization', { start: 34, end: 45 }, 'org.lexicon'),
      namedMention(doc, 'organization', { start: 52, end: 62 }, 'org.compromise'),
      namedMention(doc, 'organization', { start: 67, end: 73 }, 'org.lexicon'),
    ];
    expect(groupOrganizations(ms).map((g) => [g.name, g.mentions.length])).toEqual([
      ['Japan Coast Guard', 2],
      ['Boeing Co.', 2],
    ]);
  });

  it('keeps different bodies apart', () => {
    expect(groups('Amtrak and Boeing disagreed.')).toEqual([
      ['Amtrak', 1],
      ['Boeing', 1],
    ]);
  });
});

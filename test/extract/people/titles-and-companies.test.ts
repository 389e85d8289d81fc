/**
 * People named beside a title only a person holds, even when compromise knows neither word or
 * reads an organisation phrase over the name; and companies compromise reads as people.
 * Our own sentences and names.
 */
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/index.ts';
import { personOnlyRole } from '../../../src/extract/people/name-terms.ts';
import { docOf, expectValidSpans } from './helpers.ts';

const people = (text: string) => {
  const doc = docOf(text);
  const found = extractPeople(doc).filter((p) => !p.excluded);
  expectValidSpans(doc, found);
  return found.map((p) => p.text);
};

describe('titles and appositions around names compromise does not know', () => {
  it.each<[string, string[]]>([
    ["Norland's prime minister, Eiko Tavarin, spoke to officials.", ['Eiko Tavarin']],
    ['Aseko Brunavi, the Norland minister of fiscal policy, said growth would slow.', ['Aseko Brunavi']],
    ['Tomaso Ildri Venkar, minister of transport for Norland, told airlines to wait.', ['Tomaso Ildri Venkar']],
    ["U.S. President Dalia Monrove's administration said it would not give more aid.", ['Dalia Monrove']],
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));

  it.each<[string, string]>([
    ['Skerry Link, the operator, said the ferry was safe.', 'a role companies hold: the name must look like a person\'s'],
    ['said Ken Willet of the National Firefighter Protection Agency.', 'an agency name after a title word'],
  ])('no invented person: %s (%s)', (text) => {
    expect(people(text).filter((p) => !/Willet/.test(p))).toEqual([]);
  });

  it('tells roles only people hold from roles companies hold too', () => {
    expect(personOnlyRole('prime minister')).toBe(true);
    expect(personOnlyRole('minister of transport for Norland')).toBe(true);
    expect(personOnlyRole('the operator')).toBe(false);
    expect(personOnlyRole('train operator')).toBe(false);
  });
});

describe('companies and places read as people', () => {
  it.each<[string, string[]]>([
    ['Production of McDonnell Douglas jets ended in 2006.', []], // an aircraft maker
    ['The plane was the last built by Douglas Aircraft.', []], // a company ending
    ['The trucks are built at their Warren Factory near Detroit.', []], // a facility (Warren is also a first name)
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));
});

/**
 * Companies known by their surroundings (org.descriptor, org.business, org.car-maker), the
 * article-wide repeat of a name found, and person/organisation clashes. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import type { NamedMention, PersonMention, Rule } from '../../../src/extract/types.ts';
import { carMakerRule } from '../../../src/extract/organizations/car-maker.ts';
import { businessRule, descriptorRule } from '../../../src/extract/organizations/company-context.ts';
import { extractOrganizations } from '../../../src/extract/organizations/index.ts';
import { afterPerson, orgWins } from '../../../src/extract/organizations/person-clash.ts';
import { dropNotOrgs } from '../../../src/extract/organizations/refiners.ts';
import { repeatForms } from '../../../src/extract/organizations/repeat.ts';
import { extractMentions } from '../../../src/extract/index.ts';
import { extractPeople } from '../../../src/extract/people/index.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const run = (rule: Rule<NamedMention>, text: string) => {
  const doc = docOf(text);
  const found = rule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => m.text);
};

describe('org.descriptor', () => {
  it.each<[string, string[]]>([
    ['Shares of shipbuilder rival Kestrel fell after carmaker Norvik cut its orders.', ['Kestrel', 'Norvik']],
    ['The deal was signed by electronics retailer Best Value Stores.', ['Best Value Stores']],
    ['The ferry line sold its Harbourline unit.', ['Harbourline']],
    ['The order went to Velmar, another Swedish truck maker, last year.', ['Velmar']],
    ['The Italian company, Fenwick, will appoint three directors.', ['Fenwick']],
    // negatives
    ['The airline Monday said flights resume.', []], // a weekday
    ['The company said Japan would decide.', []], // lowercase after the noun
    ['According to the firm\'s vice president Jane Doe, the firm wanted to cut costs.', []], // the apposition must end with the noun
    ['The carmaker Detroit built was closed.', []], // a place
  ])('%s', (text, expected) => expect(run(descriptorRule, text)).toEqual(expected));
});

describe('org.business', () => {
  it.each<[string, string[]]>([
    ['Norvik CEO Ana Lind resigned.', ['Norvik']],
    ["Kestrel's board approved the sale.", ['Kestrel']],
    ['Velmar employees walked out.', ['Velmar']],
    ['She is a founder of Harbourline.', ['Harbourline']],
    ["Norvik's plants in Ohio will close.", ['Norvik']],
    // negatives
    ['The Cupertino headquarters opened.', []], // a place before a place-like business word needs a possessive
    ['Vice Chairman Tom Rask spoke.', []], // a title modifier, no name
    ['Company spokeswoman Ana Lind said so.', []], // a company noun alone
    ['Former CEO Ana Lind said so.', []], // an adjective alone
  ])('%s', (text, expected) => expect(run(businessRule, text)).toEqual(expected));
});

describe('org.car-maker', () => {
  it.each<[string, string[]]>([
    ['Chrysler filed for bankruptcy protection.', ['Chrysler']],
    ["Fiat's stake will grow.", ['Fiat']],
    ['The actor Harrison Ford drove.', []], // a name word before it
  ])('%s', (text, expected) => expect(run(carMakerRule, text)).toEqual(expected));
});

describe('org.repeat', () => {
  it('finds every other mention of a name shown to be a company', () => {
    const doc = docOf('Carmaker Norvik cut 500 jobs. Norvik said sales fell.\nLater, Norvik Records signed a band.');
    const orgs = extractOrganizations(doc).map((m) => [m.text, m.ruleId]);
    expect(orgs).toEqual([['Norvik', 'org.descriptor'], ['Norvik', 'org.repeat']]); // not inside "Norvik Records"
  });

  it('looks for the short form without a company ending', () => {
    const m = { text: 'Kestrel Holdings', name: 'Kestrel Holdings' } as NamedMention;
    expect(repeatForms(m)).toEqual(['Kestrel Holdings', 'Kestrel']);
    expect(repeatForms({ text: "Velmar's", name: 'Velmar' } as NamedMention)).toEqual(['Velmar']);
  });
});

describe('person and organisation clashes', () => {
  const org = (text: string, start: number, ruleId: string) => ({ kind: 'organization', text, name: text, start, end: start + text.length, ruleId, sentence: 0 }) as NamedMention;
  const person = (text: string, start: number, ruleId: string) => ({ kind: 'person', text, name: text, start, end: start + text.length, ruleId, sentence: 0 }) as PersonMention;

  it('lets a person with a title win, keeping what follows "of"', () => {
    const o = org('Pastor Jane Doe of Grace Church', 0, 'org.suffix');
    const p = person('Jane Doe', 7, 'person.title-prefix');
    expect(orgWins(o, p)).toBe(false);
    expect(afterPerson(o, p)).toMatchObject({ text: 'Grace Church', start: 19, end: 31 });
  });

  it('lets the longer span win against a guessed person, the evidence on a tie', () => {
    expect(orgWins(org('Ford', 13, 'org.car-maker'), person('William Clay Ford', 0, 'person.compromise'))).toBe(false);
    expect(orgWins(org('Doe Douglas', 0, 'org.repeat'), person('Doe Douglas', 0, 'person.compromise'))).toBe(true);
    expect(orgWins(org('Doe Douglas', 0, 'org.compromise'), person('Doe Douglas', 0, 'person.compromise'))).toBe(false);
  });

  it('settles them in the extraction', () => {
    const text = 'Harlan Weiss employees walked out. The union said Harlan Weiss had cut pay.';
    expect(extractPeople(docOf(text)).map((p) => p.text)).toContain('Harlan Weiss'); // compromise reads a person
    const m = extractMentions(docOf(text));
    expect(m.organizations.map((o) => o.text)).toEqual(['Harlan Weiss', 'Harlan Weiss']);
    expect(m.people).toEqual([]);
  });
});

describe('names that are no organisation', () => {
  it.each<[string, string[]]>([
    ['The Dow Jones Industrial Average fell 2%.', []], // a stock index
    ['The FTSE 100 rose.', []],
    ['Russian markets closed early.', []], // a demonym
    ['The deal gave Dow Jones two papers.', ['Dow Jones']], // the news company
  ])('%s', (text, expected) => expect(extractOrganizations(docOf(text)).map((m) => m.text)).toEqual(expected));
});

describe('events, cut facilities and zones are no organisations', () => {
  it.each<[string, string[]]>([
    ['The phone was shown at the Kestrel Developers Conference in May.', []], // an event
    ['The order gave a boost to the Norvik Air Show.', []], // an event, even cut before "Show"
    ['The jet landed at Velmar International Airport.', []], // a facility (a location)
  ])('%s', (text, expected) => expect(extractOrganizations(docOf(text)).map((m) => m.text)).toEqual(expected));

  it('drops a time zone read as an organisation', () => {
    const doc = docOf('At 0800 UTC the banks acted.');
    const utc = { kind: 'organization', text: 'UTC', name: 'UTC', start: 8, end: 11, ruleId: 'org.compromise', sentence: 0 } as NamedMention;
    expect(dropNotOrgs([utc], doc)).toEqual([]);
  });
});

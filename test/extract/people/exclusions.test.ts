import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../src/extract/people/index.ts';
import { docOf, expectValidSpans } from './helpers.ts';

const people = (text: string) => {
  const doc = docOf(text);
  const found = extractPeople(doc);
  expectValidSpans(doc, found);
  return found.map((m) => [m.name, m.excluded ?? null]);
};

describe('person.exclusions', () => {
  // [text, name, reason]
  const excluded: [string, string, string][] = [
    ['By Jane Doe', 'Jane Doe', 'byline'],
    ['By Jane Doe and Ann Lee, Reuters', 'Ann Lee', 'byline'],
    ['Reporting by Jane Doe; editing by Mark Roe', 'Mark Roe', 'byline'],
    ['Photo: Ann Lee/Reuters', 'Ann Lee', 'photo credit'],
    ['(AP Photo/John Smith)', 'John Smith', 'photo credit'],
    ['Media contact: Karen Wu, 555-0100', 'Karen Wu', 'press contact'],
    ['For more information contact Karen Wu at the press office.', 'Karen Wu', 'press contact'],
    ['Thanks to Irwin Bryan, Phil Leon and Alaric Bond for contributing to this post.', 'Phil Leon', 'contributor thanks'],
    ['Great photo of the wreck. — Mark Doe (@markdoe) December 1, 2013', 'Mark Doe', 'tweet author'],
  ];
  it.each(excluded)('%s → %s excluded (%s)', (text, name, reason) => {
    expect(people(text)).toContainEqual([name, reason]);
  });

  const kept: [string, string][] = [
    ['Captain Jane Doe said the crew was safe.', 'Jane Doe'],
    ['The plane, flown by Jane Doe, landed safely.', 'Jane Doe'], // "by" mid-sentence is no byline
    ['Officials thanked firefighter Mark Roe for his work.', 'Mark Roe'],
  ];
  it.each(kept)('%s → %s kept', (text, name) => expect(people(text)).toContainEqual([name, null]));

  it('a long line after "thanks to" that lists no names is no contributor thanks (used to backtrack for minutes)', () => {
    const text = 'Harbour operator Tessel announced today (9 March 2014) that repairs were done on a broken crane off the coast.\nThe beam was lifted, the new part fitted, tested and re-set thanks to close work between the yard crew and on-site staff, "Tessel said in a note on their website.';
    expect(people(text).filter(([, reason]) => reason === 'contributor thanks')).toEqual([]);
  });
});

import { exclusionFor } from '../../../src/extract/people/exclusions.ts';
import { personMention } from '../../../src/extract/people/mention.ts';

describe('exclusionFor: outlets and bodies read as people', () => {
  const table: [string, string, string][] = [
    ['Reuters said the ship sank.', 'Reuters', 'outlet'],
    ['Phys.org reported it.', 'Phys.org', 'outlet'],
    ['ABC News aired it.', 'ABC News', 'outlet'],
    ['Amtrak said the train was late.', 'Amtrak', 'organization'],
  ];
  it.each(table)('%s [%s] → %s', (text, name, reason) => {
    const doc = docOf(text);
    const start = text.indexOf(name);
    expect(exclusionFor(doc, personMention(doc, { start, end: start + name.length }, 'person.compromise'))).toBe(reason);
  });
});

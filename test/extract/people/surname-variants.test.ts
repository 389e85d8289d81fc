import { describe, expect, it } from 'vitest';
import { extractPeople, groupPeople } from '../../../src/extract/people/index.ts';
import { surnameVariantsIn } from '../../../src/extract/people/surname-variants.ts';
import { personMention } from '../../../src/extract/people/mention.ts';
import { docOf, expectValidSpans } from './helpers.ts';

/**
 * The other spellings grouped with the first person found. (compromise finds some surname-only
 * mentions itself; this rule finds the rest: the outcome is what counts.)
 */
const variants = (text: string) => {
  const doc = docOf(text);
  const found = extractPeople(doc);
  expectValidSpans(doc, found);
  return groupPeople(found).flatMap((g) => g.variants);
};

describe('person.surname-variant', () => {
  const positives: [string, string[]][] = [
    ['NASA astronaut Frank Rubio flew.\nRubio said the crew was fine.', ['Rubio']],
    ['The spacewalk of Sergey Ivanov was canceled.\nIvanovv and the others were suited up.', ['Ivanovv']], // one edit
    ['Dmitri Petelin was aboard.\nPetellin waited.', ['Petellin']], // double letter
    ['Sergei Volkov, head of the program, spoke.\nAccording to Volkov, the experts will look.', ['Volkov']],
    ['It carried Sergey Ivanov and Dmitri Orlov.\nIt also carried Ivanov, Orlov, and a third man.', ['Ivanov', 'Orlov']],
    ['NASA astronaut Frank Rubio flew.\nThe spacewalk of Rubio was canceled.', ['Rubio']],
  ];
  it.each(positives)('%s', (text, expected) => expect(variants(text)).toEqual(expected));

  const negatives: [string, string][] = [
    ['NASA astronaut Frank Rubio flew.\nThey drove down Rubio Street.', 'part of a longer capitalised name'],
    ['Passenger Jane Lee spoke.\nLea said nothing.', 'short surnames need an exact match'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(variants(text)).toEqual([]));

  it('finds surname-only words compromise misses', () => {
    const doc = docOf('It carried Sergey Ivanov and Dmitri Orlov.\nThey waited for Ivanovv and Orllov.');
    const anchors = [personMention(doc, { start: 11, end: 24 }, 'person.compromise'), personMention(doc, { start: 29, end: 41 }, 'person.compromise')];
    expect(surnameVariantsIn(doc, anchors).map((m) => [m.text, m.ruleId])).toEqual([
      ['Ivanovv', 'person.surname-variant'],
      ['Orllov', 'person.surname-variant'],
    ]);
  });

  it('a word matching two people’s surnames picks no one', () => {
    const doc = docOf('Jane Johnson and Mark Johnsen met.\nJohnsan left.');
    const anchors = [personMention(doc, { start: 0, end: 12 }, 'person.compromise'), personMention(doc, { start: 17, end: 29 }, 'person.compromise')];
    expect(surnameVariantsIn(doc, anchors).map((m) => m.text)).toEqual([]);
  });
});

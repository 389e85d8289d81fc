import { describe, expect, it } from 'vitest';
import { seedDoc } from '../../helpers.ts';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractPeople, groupPeople } from '../../../src/extract/people/index.ts';
import { expectValidSpans } from './helpers.ts';


describe('people of the seed article', () => {
  const doc = seedDoc();
  const mentions = extractPeople(doc);
  const groups = groupPeople(mentions);

  it('every mention quotes the text it points at', () => expectValidSpans(doc, mentions));

  it('finds the four people, with variants, roles and affiliations', () => {
    expect(groups.map(({ name, variants, role, affiliation }) => ({ name, variants, role, affiliation }))).toEqual([
      { name: 'Sergei Krikalev', variants: ['Krikalev'], role: "head of Roscosmos' crewed programs", affiliation: 'Roscosmos' },
      { name: 'Sergey Prokopyev', variants: ['Prokoopyev', 'Prokopyev'], role: undefined, affiliation: undefined },
      { name: 'Dmitri Petelin', variants: ['Petelin', 'Petellin'], role: undefined, affiliation: undefined },
      { name: 'Frank Rubio', variants: [], role: 'astronaut', affiliation: 'NASA' },
    ]);
  });

  it('finds no designation, city or headline word as a person', () => {
    const names = mentions.map((m) => m.name);
    for (const wrong of ['Progress MS', 'Soyuz MS', 'EVA', 'Houston', 'Moscow', 'Roscosmos', 'Giant Turtle City Worth']) {
      expect(names).not.toContain(wrong);
    }
  });

  it('gives every mention its rule and sentence', () => {
    expect(mentions.map((m) => [m.text, m.ruleId, doc.sentenceText(m.sentence).includes(m.text)])).toEqual([
      ['Sergei Krikalev', 'person.apposition-role', true],
      ['Krikalev', 'person.surname-variant', true],
      ['Sergey Prokopyev', 'person.compromise', true],
      ['Dmitri Petelin', 'person.compromise', true],
      ['Prokoopyev', 'person.surname-variant', true],
      ['Petellin', 'person.surname-variant', true],
      ['Prokopyev', 'person.surname-variant', true],
      ['Petelin', 'person.surname-variant', true],
      ['Frank Rubio', 'person.title-prefix', true],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupPeople } from '../../../src/extract/people/index.ts';
import { personMention } from '../../../src/extract/people/mention.ts';
import type { PersonMention } from '../../../src/extract/types.ts';
import { docOf } from './helpers.ts';

/** Mentions of each listed spelling, in order, with optional roles. */
function mentions(text: string, spellings: (string | [string, string])[]): PersonMention[] {
  const doc = docOf(text);
  let from = 0;
  return spellings.map((s) => {
    const [name, role] = typeof s === 'string' ? [s, undefined] : s;
    const start = text.indexOf(name, from);
    from = start + name.length;
    return personMention(doc, { start, end: start + name.length }, 'person.compromise', role ? { role } : {});
  });
}

describe('groupPeople', () => {
  it('merges transliterations, typos and surname-only mentions under the fullest spelling', () => {
    const text = 'Sergey Ivanov and Dmitri Orlov. Sergei Ivanov. Ivanovv and Orllov. Ivanov, Orlov.';
    const groups = groupPeople(mentions(text, ['Sergey Ivanov', 'Dmitri Orlov', 'Sergei Ivanov', 'Ivanovv', 'Orllov', 'Ivanov', 'Orlov']));
    expect(groups.map((g) => [g.name, g.variants, g.mentions.length])).toEqual([
      ['Sergey Ivanov', ['Ivanov', 'Ivanovv', 'Sergei Ivanov'], 4],
      ['Dmitri Orlov', ['Orllov', 'Orlov'], 3],
    ]);
  });

  it('keeps the first role and affiliation stated', () => {
    const text = 'NASA astronaut Frank Rubio. Rubio said.';
    const ms = mentions(text, [['Frank Rubio', 'astronaut'], 'Rubio']);
    ms[0].affiliation = 'NASA';
    expect(groupPeople(ms)).toEqual([{ name: 'Frank Rubio', variants: ['Rubio'], role: 'astronaut', affiliation: 'NASA', mentions: ms }]);
  });

  it('keeps people with different first initials apart', () => {
    const text = 'Peter Siebold and Klaus Siebold. Siebold said.';
    const groups = groupPeople(mentions(text, ['Peter Siebold', 'Klaus Siebold', 'Siebold']));
    // a shared surname goes to the person mentioned last before it
    expect(groups.map((g) => [g.name, g.mentions.length])).toEqual([
      ['Peter Siebold', 1],
      ['Klaus Siebold', 2],
    ]);
  });

  it('a lone first name joins the one person who has it', () => {
    const text = 'Ellen Brody sued. Ellen said.';
    expect(groupPeople(mentions(text, ['Ellen Brody', 'Ellen'])).map((g) => [g.name, g.variants])).toEqual([['Ellen Brody', ['Ellen']]]);
  });

  it('Mikhail and Michael with different surnames stay apart; excluded mentions are left out', () => {
    const text = 'Mikhail Orlov and Michael Orton. By Jane Doe';
    const ms = mentions(text, ['Mikhail Orlov', 'Michael Orton', 'Jane Doe']);
    ms[2].excluded = 'byline';
    expect(groupPeople(ms).map((g) => g.name)).toEqual(['Mikhail Orlov', 'Michael Orton']);
  });
});

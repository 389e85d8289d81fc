import { describe, expect, it } from 'vitest';
import { joinRoles, mergeSpans } from '../../../src/extract/people/merge.ts';
import { personMention } from '../../../src/extract/people/mention.ts';
import { docOf } from './helpers.ts';

describe('joinRoles', () => {
  const table: [(string | undefined)[], string | undefined][] = [
    [['master', 'captain'], 'master, captain'],
    [['astronaut', 'NASA astronaut'], 'NASA astronaut'], // the longer one contains the shorter
    [['NASA astronaut', 'astronaut'], 'NASA astronaut'],
    [[undefined, 'pilot', 'pilot'], 'pilot'],
    [[undefined], undefined],
  ];
  it.each(table)('%j → %s', (roles, expected) => expect(joinRoles(roles)).toBe(expected));
});

describe('person.merge-spans', () => {
  it('one mention per name, the most specific rule, roles joined', () => {
    const doc = docOf("Capt. Lena Ortiz, the ferry's master, said.");
    const merged = mergeSpans([
      personMention(doc, { start: 6, end: 16 }, 'person.compromise'),
      personMention(doc, { start: 6, end: 16 }, 'person.title-prefix', { role: 'captain' }),
      personMention(doc, { start: 6, end: 16 }, 'person.apposition-role', { role: 'master' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ text: 'Lena Ortiz', ruleId: 'person.apposition-role', role: 'master, captain' });
  });

  it('keeps the longest of overlapping spans', () => {
    const doc = docOf('Liu Yipeng was identified.');
    const merged = mergeSpans([
      personMention(doc, { start: 0, end: 3 }, 'person.compromise'),
      personMention(doc, { start: 0, end: 10 }, 'person.compromise'),
    ]);
    expect(merged.map((m) => m.text)).toEqual(['Liu Yipeng']);
  });

  it('leaves separate names apart', () => {
    const doc = docOf('Jane Roe and Mark Doe spoke.');
    const merged = mergeSpans([
      personMention(doc, { start: 0, end: 8 }, 'person.compromise'),
      personMention(doc, { start: 13, end: 21 }, 'person.compromise'),
    ]);
    expect(merged.map((m) => m.text)).toEqual(['Jane Roe', 'Mark Doe']);
  });
});

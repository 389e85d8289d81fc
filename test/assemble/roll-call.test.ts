import { describe, expect, it } from 'vitest';
import { rollCallSentences } from '../../src/assemble/named.ts';
import { assembleIncidents } from '../../src/assemble/index.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { doc } from '../helpers.ts';

const p = (sentence: number, name: string, excluded?: string) => ({ sentence, name, excluded });

describe('rollCallSentences', () => {
  it('a sentence of four or more names and no incident statement is a roll call', () => {
    const people = [p(2, 'A One'), p(2, 'B Two'), p(2, 'C Three'), p(2, 'D Four'), p(3, 'E Five')];
    expect([...rollCallSentences(people, () => false)]).toEqual([2]);
  });
  it('a list that states the incident (the dead) is not', () => {
    const people = [p(2, 'A One'), p(2, 'B Two'), p(2, 'C Three'), p(2, 'D Four')];
    expect([...rollCallSentences(people, (s) => s === 2)]).toEqual([]);
  });
  it('three names, or a name said four times, is not', () => {
    expect([...rollCallSentences([p(1, 'A One'), p(1, 'B Two'), p(1, 'C Three')], () => false)]).toEqual([]);
    expect([...rollCallSentences([p(1, 'A One'), p(1, 'A One'), p(1, 'A One'), p(1, 'A One')], () => false)]).toEqual([]);
  });
  it('excluded mentions (bylines, credits) do not count', () => {
    const people = [p(2, 'A One'), p(2, 'B Two'), p(2, 'C Three'), p(2, 'D Four', 'byline')];
    expect([...rollCallSentences(people, () => false)]).toEqual([]);
  });
});

describe('assembly with a roll call', () => {
  it('leaves out people named only in a list of ticket holders', () => {
    const text = [
      'A rocket plane crashed in the desert on Friday, killing pilot Mark Olsen.',
      'Buyers of seats on later flights include Anna Berg, Tom Reyes, Lucy Hart and Omar Haddad.',
    ].join(' ');
    const d = doc(text, '2026-03-14');
    const incidents = assembleIncidents(d, extractMentions(d));
    const names = incidents.flatMap((i) => i.people.map((x) => x.name));
    expect(names).toContain('Mark Olsen');
    expect(names).not.toContain('Tom Reyes');
    expect(names).not.toContain('Lucy Hart');
  });
});

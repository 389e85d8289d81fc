import { describe, expect, it } from 'vitest';
import { isDefiniteReference, sentenceFacts, statementDays } from '../../src/assemble/statement.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { doc } from '../helpers.ts';

function facts(text: string, published = '2026-03-14') {
  const d = doc(text, published);
  const m = extractMentions(d);
  return { d, m, f: sentenceFacts(d, m, (n) => n) };
}

describe('statementDays', () => {
  it.each([
    ['In May, a lorry overturned near the site of Sunday\'s crash.', ['2025-05']],
    ['A tanker exploded on Sunday at the port.', ['2026-03-08']],
    ['A ship leaked fuel, the coastguard reported Friday.', ['≤2026-03-13']],
    ['The freighter, pictured here in 2019, sank on Tuesday.', ['2026-03-10']],
    ['The barge sank.', []],
  ])('%s → %j', (text, days) => {
    const { d, m } = facts(text);
    expect(statementDays(d, m.dates, m.triggers)).toEqual(days);
  });
});

describe('isDefiniteReference', () => {
  const def = (text: string) => {
    const { d, m } = facts(text);
    return m.triggers.filter((t) => t.type).map((t) => isDefiniteReference(d, t));
  };
  it.each([
    ['The explosion took place at 9 a.m.'],
    ["Investigators studied Sunday's crash."],
    ['Its deadly collision killed two.'],
  ])('definite: %s', (text) => expect(def(text)).toEqual([true]));
  it.each([
    ['A gas explosion levelled two houses.'],
    ['The train derailed near the station.'],
    ['The 2005 collision killed eleven.'],
    ['The ship ran aground.'],
  ])('not definite: %s', (text) => expect(def(text)).toEqual([false]));
});

describe('sentence cues', () => {
  it('marks a separate incident, the past, or neither', () => {
    const { f } = facts('A similar collision happened in 2019. The crash years ago killed one. The ferry collided with a pier.');
    expect(f.map((x) => [x.distinct, x.past])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });
});

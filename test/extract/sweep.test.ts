/**
 * Our indexed `bulkMatch` (src/extract/sweep.ts) must be compromise's own, only cheaper: the
 * same tags on every term of every corpus article, the same matches for the match calls that
 * go through a sweep, and the same pattern list for a sentence as stock pattern selection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlp, usesIndexedSweep, withStockSweep } from '../../src/extract/nlp.ts';
import { candidates, hookIndex, mayMatch } from '../../src/extract/sweep.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

type Docs = { docs: { text: string; tags: Set<string> }[][] };
const tagsOf = (text: string) => (nlp(text) as unknown as Docs).docs.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`));

function corpusTexts(): [string, string][] {
  const files = (readdirSync(path.join(REPO, 'corpus'), { recursive: true }) as string[]).filter((f) => /\.(txt|html|json)$/.test(f) && !f.endsWith('.meta.json')).sort();
  return files.map((f) => [f, readFileSync(path.join(REPO, 'corpus', f), 'utf8')]);
}

describe('bulkMatch: same tags as stock compromise', () => {
  it('is the sweep compromise runs (installed by nlp.ts), and the stock one comes back only inside withStockSweep', () => {
    expect(usesIndexedSweep()).toBe(true);
    expect(withStockSweep(usesIndexedSweep)).toBe(false);
    expect(() => withStockSweep(() => { throw new Error('x'); })).toThrow('x');
    expect(usesIndexedSweep()).toBe(true);
  });

  it('every term of every corpus article carries the same tags', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(20);
    for (const [file, text] of texts) expect(tagsOf(text), file).toEqual(withStockSweep(() => tagsOf(text)));
  });

  it('sentences that exercise many post-tagger patterns (contractions, numbers, titles, passives)', () => {
    const hard = [
      "Capt. O'Neil said the ship's crew didn't know it'd been hit until 3:40 a.m. on the 2nd.",
      'Two of the 146 passengers were taken to St. Mary\'s, where one remains in critical condition, police said.',
      'The Boeing 737-800, operated by Air Lisbon, was cleared to land but went around twice.',
      'It was to be the last flight; the plane had been grounded for 3 weeks in May 2021 after a fire.',
      'Smoke, not flames, filled the cabin — "we couldn\'t see a thing," said passenger Mary-Jo Li.',
      'Runway 27L, the freight yard at 1400 E. Main St., and the I-90 ramp were closed by 5 p.m.',
    ];
    for (const s of hard) expect(tagsOf(s), s).toEqual(withStockSweep(() => tagsOf(s)));
  });

  it('match calls that sweep give the same matches (match, matchOne, has)', () => {
    const text = corpusTexts().map(([, t]) => t).join('\n').slice(0, 20000);
    const run = () => {
      const d = nlp(text);
      return [d.match('#Person+').out('array'), d.matchOne('(fire|leak|collision)').text(), d.has('#Value #Unit'), d.match('[#Value] (people|passengers|crew)', 0).out('array')];
    };
    expect(run()).toEqual(withStockSweep(run));
  });
});

describe('candidates: the pattern list of one sentence', () => {
  const p = (match: string, needs: string[], wants: string[] = [], minWant = wants.length ? 1 : 0, extra: object = {}) => ({ match, needs, wants, minWant, minWords: 1, ...extra });
  const a = p('a', ['#Noun', 'the']);
  const b = p('b', ['#Verb']);
  const c = p('c', [], ['x', 'y']);
  const d = p('d', ['#Noun'], [], 0, { ifNo: ['#Plural'] });
  const long = { ...p('long', ['#Noun']), minWords: 5 };
  // net order: keys '#Verb', '#Noun', 'the', 'x', 'y' (stock compromise concatenates lists in this order)
  const net = { hooks: { '#Verb': [b], '#Noun': [a, d, long], the: [a], x: [c], y: [c] }, always: [p('always', [])] };

  it('keeps stock order: by first net key the sentence holds, then place in that list', () => {
    expect(candidates(net, new Set(['the', '#Noun', '#Verb', 'y']), 3).map((x) => x.match)).toEqual(['b', 'a', 'd', 'c', 'always']);
  });
  it('drops a pattern missing a need, holding an exclusion, or longer than the sentence', () => {
    expect(candidates(net, new Set(['#Noun', '#Plural']), 3).map((x) => x.match)).toEqual(['always']);
    expect(candidates(net, new Set(['#Noun', 'the']), 9).map((x) => x.match)).toEqual(['a', 'd', 'long', 'always']);
  });
  it('a pattern listed under two wants the clause holds comes once, also when the seen-marks start again', () => {
    const wants = { hooks: { x: [c], y: [c] }, always: [] };
    hookIndex(wants.hooks).stamp = 0x7fffffff - 1;
    for (let k = 0; k < 3; k++) expect(candidates(wants, new Set(['x', 'y']), 3).map((x) => x.match)).toEqual(['c']);
    expect(hookIndex(wants.hooks).stamp).toBe(2);
  });
  it('mayMatch counts wants against minWant', () => {
    expect(mayMatch(p('w', [], ['x', 'y'], 2), new Set(['x']))).toBe(false);
    expect(mayMatch(p('w', [], ['x', 'y'], 2), new Set(['x', 'y']))).toBe(true);
  });
});

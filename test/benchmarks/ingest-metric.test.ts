/** The benchmark metric against cases computed by hand (see bench/ingest/metric.ts). */
import { describe, expect, it } from 'vitest';
import { matchPage, pagePrecision, pageRecall, score, shingles, tokenize } from '../../bench/ingest/metric.ts';

describe('tokenize', () => {
  it.each([
    ['Café-au-lait, 3.5% l\'été_x', ['Café', 'au', 'lait', '3', '5', 'l', 'été_x']],
    ['the endNext', ['the', 'endNext']],
    ['日本語のテキスト。次の文', ['日本語のテキスト', '次の文']],
    ['cafe\u0301s', ['cafe', 's']], // a combining accent is not a word character (Python \w)
    ['  — … ', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('shingles', () => {
  it('overlapping 4-grams, counted as a multiset', () => {
    expect([...shingles('x y z w x y z w')]).toEqual([
      ['x y z w', 2], ['y z w x', 1], ['z w x y', 1], ['w x y z', 1],
    ]);
  });
  it('1–3 tokens give one short shingle; no token gives none', () => {
    expect([...shingles('one two')]).toEqual([['one two', 1]]);
    expect(shingles('…').size).toBe(0);
  });
  it('is case-sensitive', () => {
    expect(shingles('The a b c').has('the a b c')).toBe(false);
  });
});

describe('matchPage', () => {
  it.each([
    // truth shingles {abcd, bcde}; prediction {abcd}: tp 1, fn 1 → halves
    ['a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }, 1, 0.5],
    // extra shingles in the prediction: {abcd, bcdx}: tp 1, fp 1, fn 1 → thirds
    ['a b c d e', 'a b c d x', { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 }, 0.5, 0.5],
    // repeated shingle: truth {xyzw ×2, yzwx, zwxy, wxyz}; prediction {xyzw}: tp 1, fn 4
    ['x y z w x y z w', 'x y z w', { tp: 0.2, fp: 0, fn: 0.8 }, 1, 0.2],
    // glued words lose every shingle that holds them: truth {the end Next one, end Next one here};
    // prediction {the endNext one here}: tp 0, fp 1, fn 2
    ['the end. Next one here', 'the endNext one here', { tp: 0, fp: 1 / 3, fn: 2 / 3 }, 0, 0],
    ['same words here, same words', 'same words here same words', { tp: 1, fp: 0, fn: 0 }, 1, 1],
  ])('%j vs %j', (truth, prediction, counts, precision, recall) => {
    const c = matchPage(truth, prediction);
    expect(c.tp).toBeCloseTo(counts.tp, 12);
    expect(c.fp).toBeCloseTo(counts.fp, 12);
    expect(c.fn).toBeCloseTo(counts.fn, 12);
    expect(pagePrecision(c)).toBeCloseTo(precision, 12);
    expect(pageRecall(c)).toBeCloseTo(recall, 12);
  });
});

describe('score', () => {
  it('averages per page, leaves empty predictions out of precision, F1 of the means', () => {
    const s = score([
      { truth: 'a b c d e', prediction: 'a b c d' }, // P 1, R 0.5
      { truth: 'a b c d e', prediction: '' }, // out of precision, R 0
      { truth: 'p q r s', prediction: 'p q r s' }, // P 1, R 1, exact
    ]);
    expect(s.precision).toBeCloseTo(1, 12);
    expect(s.recall).toBeCloseTo(0.5, 12);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
    expect(s.accuracy).toBeCloseTo(1 / 3, 12);
    expect(s.empty).toBe(1);
    expect(s.pages).toBe(3);
  });

  it('F1 is not the mean of per-page F1', () => {
    const s = score([
      { truth: 'a b c d e', prediction: 'a b c d x' }, // P .5, R .5
      { truth: 'a b c d e', prediction: 'a b c d' }, // P 1, R .5
    ]);
    // means: P 0.75, R 0.5 → F1 0.6 (per-page F1s would average to 0.5833…)
    expect(s.f1).toBeCloseTo(0.6, 12);
  });

  it('accuracy compares token sequences, not raw text', () => {
    expect(score([{ truth: 'One, two.\nThree', prediction: 'One two Three' }]).accuracy).toBe(1);
    expect(score([{ truth: 'One two Three', prediction: 'One two three' }]).accuracy).toBe(0);
  });
});

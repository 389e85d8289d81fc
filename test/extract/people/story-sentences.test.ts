/** storySentences: all but promo lines, found once per document, a fresh array for each caller. */
import { describe, expect, it } from 'vitest';
import { storySentences } from '../../../src/extract/people/spans.ts';
import { doc } from '../../helpers.ts';

describe('storySentences', () => {
  it('leaves out promo lines', () => {
    const d = doc('The ferry sank near Tarn.\nALSO READ: Ferry safety questioned\nCrews searched all night.');
    expect(storySentences(d).map((i) => d.sentenceText(i))).toEqual(['The ferry sank near Tarn.', 'Crews searched all night.']);
  });

  it('gives each caller its own copy of the same list', () => {
    const d = doc('The ferry sank. Crews searched.');
    const a = storySentences(d);
    a.push(99);
    expect(storySentences(d)).toEqual([0, 1]);
    expect(storySentences(d)).not.toBe(storySentences(d));
  });
});

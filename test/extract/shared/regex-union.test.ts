/** unionSource / sentencesWith / matchSentences over chosen sentences: the gates the many-regex rules use. */
import { describe, expect, it } from 'vitest';
import { incidentAnaphors, incidentTypes } from '../../../src/lexicons/incidents.ts';
import { matchSentences, sentencesWith, unionSource } from '../../../src/extract/shared/regex.ts';
import { corpusDoc, doc } from '../../helpers.ts';

describe('unionSource', () => {
  it('matches a text exactly when one of its sources does, edges and all', () => {
    const sources = ['leak(?:ed|ing)?', 'fire|blaze', 'ran\\s+aground'];
    const union = new RegExp(String.raw`\b(?:${unionSource(sources)})s?\b`, 'i');
    const each = sources.map((s) => new RegExp(String.raw`\b(?:${s})s?\b`, 'i'));
    for (const text of ['The pipe leaked.', 'A blaze broke out', 'It ran  aground', 'No leakage here', 'firefighters came', 'Fires spread', '']) {
      expect(union.test(text), text).toBe(each.some((re) => re.test(text)));
    }
  });

  it('refuses sources whose groups a union would renumber or repeat', () => {
    expect(() => unionSource(['(a)\\1', 'b'])).toThrow(/back-references/);
    expect(() => unionSource(['(?<x>a)', 'b'])).toThrow(/named groups/);
    expect(unionSource(['(?<=a)b', '(?<!c)d'])).toBe('(?:(?<=a)b)|(?:(?<!c)d)'); // lookbehinds are fine
  });

  it('the trigger union holds every trigger sentence of an article', () => {
    const d = corpusDoc('rail/kendallville-freight-derailment-newspaper.txt');
    const any = new RegExp(String.raw`\b(?:${unionSource([...incidentTypes.map((t) => t.patterns.join('|')), incidentAnaphors.join('|')])})s?\b`, 'i');
    const each = [...incidentTypes.map((t) => t.patterns.join('|')), incidentAnaphors.join('|')].map((p) => new RegExp(String.raw`\b(?:${p})s?\b`, 'i'));
    const want = [...d.sentences.keys()].filter((i) => each.some((re) => re.test(d.sentenceText(i))));
    expect(sentencesWith(d, any)).toEqual(want);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(d.sentences.length);
  });
});

describe('sentencesWith', () => {
  it('lists the sentences a regex matches in, once per document', () => {
    const d = doc('The ferry sank. Crews came. Another ferry docked.');
    const re = /ferry/i;
    expect(sentencesWith(d, re)).toEqual([0, 2]);
    expect(sentencesWith(d, re)).toBe(sentencesWith(d, re));
  });

  it('refuses a global or sticky regex (its lastIndex would carry over)', () => {
    const d = doc('The ferry sank.');
    expect(() => sentencesWith(d, /ferry/g)).toThrow();
    expect(() => sentencesWith(d, /ferry/y)).toThrow();
  });
});

describe('matchSentences over chosen sentences', () => {
  it('yields the matches of the given sentences, in the order given', () => {
    const d = doc('The ferry sank. Crews came. Another ferry docked.');
    const all = [...matchSentences(d, /ferry/g)].map((m) => m.sentence);
    expect(all).toEqual([0, 2]);
    expect([...matchSentences(d, /ferry/g, [2, 1, 0])].map((m) => [m.sentence, m.start])).toEqual([[2, d.text.lastIndexOf('ferry')], [0, d.text.indexOf('ferry')]]);
  });
});

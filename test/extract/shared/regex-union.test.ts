/** unionSource / sentencesWith / matchSentences over chosen sentences: the gates the many-regex rules use. */
import { describe, expect, it } from 'vitest';
import { incidentAnaphors, incidentTypes } from '../../../src/lexicons/incidents.ts';
import { execAll, execAllAt, matchSentences, matchStarts, sentencesWith, UnionStarts, unionSource } from '../../../src/extract/shared/regex.ts';
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

  it('refuses back-references (a union renumbers groups); names of groups are dropped', () => {
    expect(() => unionSource(['(a)\\1', 'b'])).toThrow(/back-references/);
    expect(() => unionSource(['(?<x>a)\\k<x>', 'b'])).toThrow(/back-references/);
    expect(unionSource(['(?<c>a)b', '(?<c>d)'])).toBe('(?:(?:a)b)|(?:(?:d))'); // the same name twice is no error
    expect(unionSource(['(?<=a)b', '(?<!c)d'])).toBe('(?:(?<=a)b)|(?:(?<!c)d)'); // lookbehinds stay
    expect(unionSource(['\\(?<x>'])).toBe('(?:\\(?<x>)'); // an escaped bracket is no group
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

describe('matchStarts', () => {
  it('finds every index a match can start at, overlapping ones too', () => {
    expect(matchStarts(/aa/g, 'aaaa')).toEqual([0, 1, 2]);
    expect(matchStarts(/(?<![\w-])(?:fire|fired)(?![\w])/gi, 'Fire crews fired; firefighters')).toEqual([0, 11]);
    expect(matchStarts(/x/g, 'abc')).toEqual([]);
    expect(matchStarts(/(?:)/gu, 'a😀b')).toEqual([0, 1, 3, 4]); // steps over a surrogate pair whole
  });

  it('leaves lastIndex as it was and refuses a non-global regex', () => {
    const re = /a/g;
    re.lastIndex = 2;
    matchStarts(re, 'aaa');
    expect(re.lastIndex).toBe(2);
    expect(() => matchStarts(/a/, 'a')).toThrow();
  });
});

describe('execAllAt', () => {
  const sources = ['delay(?:ed|s)?', 'hours?\\s+late', 'killed|dead', 'late'];
  const union = new RegExp(String.raw`(?<![\w-])(?:${unionSource(sources)})(?![\w])`, 'gi');
  const each = sources.map((s) => new RegExp(String.raw`(?<![\w-])(?:${s})(?![\w])`, 'gi'));
  const texts = ['Flights were delayed and arrived three hours late.', 'Two dead, one killed later; delays', 'nothing here', 'late late LATE', 'the flight was hours late, hours  late'];

  it('gives what execAll gives, trying only the union starts', () => {
    for (const text of texts) {
      const starts = matchStarts(union, text);
      for (const re of each) {
        const want = execAll(re, text).map((m) => [m.index, m[0]]);
        expect(execAllAt(re, text, starts).map((m) => [m.index, m[0]]), `${re.source} in ${text}`).toEqual(want);
      }
    }
  });

  it('skips starts inside a match already taken, as a search would', () => {
    expect(execAllAt(/aa/g, 'aaaa', [0, 1, 2]).map((m) => m.index)).toEqual([0, 2]);
  });

  it('steps over an empty match as execAll does', () => {
    const re = /(?:x*)/g;
    expect(execAllAt(re, 'ab', [0, 1, 2]).map((m) => m.index)).toEqual(execAll(re, 'ab').map((m) => m.index));
  });
});

describe('UnionStarts', () => {
  it('finds, per sentence, where any added source can start; once per document; sources added later count', () => {
    const idx = new UnionStarts((joined) => new RegExp(String.raw`(?<![\w-])(?:${joined})`, 'gi'));
    const d = doc('Crews said the crash was caused by ice. Nothing here. It was due to fog.');
    expect(idx.starts(d, 0)).toEqual([]); // no source yet
    idx.add('caused\\s+by', 'due\\s+to');
    const s0 = d.sentenceText(0);
    expect(idx.starts(d, 0)).toEqual([s0.indexOf('caused')]);
    expect(idx.starts(d, 1)).toEqual([]);
    expect(idx.starts(d, 0)).toBe(idx.starts(d, 0));
    idx.add('(?<c>crash)');
    expect(idx.starts(d, 0)).toEqual([s0.indexOf('crash'), s0.indexOf('caused')]);
  });
});

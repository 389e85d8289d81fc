/** The union gate of the cue classes: a sentence it rejects holds no cue of any class. */
import { describe, expect, it } from 'vitest';
import { consequenceCues } from '../../../src/lexicons/consequences.ts';
import { causeConditions } from '../../../src/lexicons/causes.ts';
import { cueRegex } from '../../../src/extract/causes/span.ts';
import { cueClassRule, cueStarts, mayHoldCue } from '../../../src/extract/consequences/cue-class.ts';
import '../../../src/extract/consequences/rules.ts'; // makes the consequence classes
import '../../../src/extract/causes/rules.ts'; // and the cause conditions
import { corpusDoc, doc } from '../../helpers.ts';

const classRegexes = [...consequenceCues, ...causeConditions].flatMap((e) => e.patterns.map((p) => cueRegex(p, 'i', true)));
const anyClassMatches = (text: string) => classRegexes.some((re) => re.test(text));

describe('mayHoldCue', () => {
  it('is true exactly where some class pattern matches', () => {
    for (const d of [corpusDoc('iss-coolant-leak.txt'), corpusDoc('rail/kendallville-freight-derailment-newspaper.txt')]) {
      const seen = new Set<boolean>();
      d.sentences.forEach((_, i) => {
        expect(mayHoldCue(d, i), d.sentenceText(i)).toBe(anyClassMatches(d.sentenceText(i)));
        seen.add(mayHoldCue(d, i));
      });
      expect(seen.size).toBe(2); // both kinds of sentence were checked
    }
  });

  it('cueStarts: every index a cue of some class starts at', () => {
    const d = doc('Flights were delayed and two people died. Nothing else.');
    const text = d.sentenceText(0);
    expect(cueStarts(d, 0)).toEqual([text.indexOf('delayed'), text.indexOf('died')]);
    expect(cueStarts(d, 1)).toEqual([]);
  });

  it('word edges stay: a cue inside a word is no cue', () => {
    const d = doc('Passengers wore noise-cancelling headphones. Four people were killed.');
    expect(mayHoldCue(d, 0)).toBe(false);
    expect(mayHoldCue(d, 1)).toBe(true);
  });

  it('a class made later is part of the gate', () => {
    const d = doc('The zorblax wobbled.');
    expect(mayHoldCue(d, 0)).toBe(false);
    const rule = cueClassRule({ cue: 'test-only', patterns: ['wobbled'], negatable: false, example: '', note: '' });
    expect(mayHoldCue(d, 0)).toBe(true);
    expect(rule.extract(d).map((m) => m.cue)).toEqual(['test-only']);
  });
});

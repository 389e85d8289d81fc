/** The cheap first checks of titleAt and isNameWord: they never turn away a term the full test accepts. */
import { describe, expect, it } from 'vitest';
import { roleTitles, titleAbbreviations } from '../../../src/lexicons/people.ts';
import { isNameWord, mayOpenName, mayStartTitle, titleAt } from '../../../src/extract/people/name-terms.ts';
import { sentenceTerms } from '../../../src/extract/people/spans.ts';
import { corpusDoc, doc } from '../../helpers.ts';

describe('mayStartTitle', () => {
  it('accepts the first word of every title, of its plural and of every abbreviation', () => {
    for (const t of roleTitles) expect(mayStartTitle(t.split(' ')[0]), t).toBe(true);
    for (const t of roleTitles) expect(mayStartTitle(`${t}s`.split(' ')[0]), `${t}s`).toBe(true);
    for (const a of Object.keys(titleAbbreviations)) expect(mayStartTitle(a.split(' ')[0].replace(/\.$/, '')), a).toBe(true);
    expect(mayStartTitle('Captain')).toBe(true); // case of a title word does not matter
  });

  it('turns away words no title starts with', () => {
    for (const w of ['the', 'leaked', 'Tuesday', '1282', ',']) expect(mayStartTitle(w), w).toBe(false);
  });

  it('accepts every term a title of an article starts at (found without it)', () => {
    const titles = new Set(roleTitles);
    const d = corpusDoc('iss-coolant-leak.txt');
    let found = 0;
    for (let i = 0; i < d.sentences.length; i++) {
      const terms = sentenceTerms(d, i);
      for (let k = 0; k < terms.length; k++) {
        for (let n = 1; n <= 4 && k + n <= terms.length; n++) {
          const key = terms.slice(k, k + n).map((t) => t.text.toLowerCase()).join(' ');
          if (!titles.has(key) && !titles.has(key.slice(0, -1))) continue;
          found++;
          expect(mayStartTitle(terms[k].text), key).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('reads abbreviations and plurals as before', () => {
    const d = doc('Lt. Cmdr. Ana Doe and the assistant conductors spoke.');
    const terms = sentenceTerms(d, 0);
    expect(titleAt(d, terms, 0)).toMatchObject({ end: 2, abbreviation: true });
    const k = terms.findIndex((t) => t.text === 'assistant');
    expect(titleAt(d, terms, k)).toMatchObject({ end: k + 2, plural: true });
    expect(titleAt(d, terms, terms.length)).toBeNull();
  });
});

describe('mayOpenName', () => {
  it('turns away ASCII lowercase, digits and punctuation; leaves capitals and other scripts to the full test', () => {
    for (const w of ['the', '737', "'s", '(', '']) expect(mayOpenName(w) && w !== '', w).toBe(false);
    for (const w of ['Doe', 'Ørsted', 'Émile', 'élan']) expect(mayOpenName(w), w).toBe(true);
  });

  it('never turns away a term isNameWord accepts', () => {
    const d = corpusDoc('rail/kendallville-freight-derailment-newspaper.txt');
    let names = 0;
    for (let i = 0; i < d.sentences.length; i++) {
      for (const t of sentenceTerms(d, i)) {
        if (isNameWord(t, { allowPlace: true })) {
          names++;
          expect(mayOpenName(t.text)).toBe(true);
        }
      }
    }
    expect(names).toBeGreaterThan(0);
  });
});

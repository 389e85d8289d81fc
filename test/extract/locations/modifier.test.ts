/**
 * location.modifier: places named as modifiers ("U.S. automaker", "Japanese carmakers"), handed
 * over as placeModifiers, never as an incident's locations. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/extract/index.ts';
import { isModifierAbbreviation } from '../../../src/extract/locations/modifier.ts';
import { docOf, expectValidSpans } from '../people/helpers.ts';

const modifiers = (text: string) => {
  const doc = docOf(text);
  const m = extractMentions(doc);
  expectValidSpans(doc, m.placeModifiers);
  return m.placeModifiers.map((x) => (x.name === x.text ? x.text : `${x.text} → ${x.name}`));
};

describe('location.modifier', () => {
  it.each<[string, string[]]>([
    ['The U.S. carmaker cut 500 jobs.', ['U.S.']],
    ['US regulators grounded the jets.', ['US']],
    ['The ferry was sold to a Japanese shipping line.', ['Japanese → Japan']],
    ['US and Canadian plants will close.', ['US', 'Canadian → Canada']],
    ['North American sales fell.', ['North American → North America']],
    ["The UK's rail regulator opened an inquiry.", ['UK']],
    // negatives
    ['The shares cost US$2.7 billion.', []], // money
    ['Tickets cost 30 US dollars.', []], // money
    ['She speaks French.', []], // no word after it: the language
    ['The yard is in the U.S. now.', []], // a place after a preposition: the gazetteer's
    ['A US-based carrier bought it.', []], // a compound
  ])('%s', (text, expected) => expect(modifiers(text)).toEqual(expected));

  it('leaves them out of the locations incidents are placed by', () => {
    const m = extractMentions(docOf('The Japanese ferry sank off Kyushu.'));
    expect(m.locations.map((l) => l.text)).toEqual(['Kyushu']);
    expect(m.placeModifiers.map((l) => l.text)).toEqual(['Japanese']);
  });

  it('reads what follows an abbreviation', () => {
    expect(isModifierAbbreviation(' automaker')).toBe(true);
    expect(isModifierAbbreviation("'s rail")).toBe(true);
    expect(isModifierAbbreviation('$5')).toBe(false);
    expect(isModifierAbbreviation('-based')).toBe(false);
    expect(isModifierAbbreviation('.')).toBe(false);
  });
});

/** The accuracy bench's own mechanics: detokenising with offsets, span matching, value canonical form, gold selection. */
import { describe, expect, it } from 'vitest';
import { detokenize } from '../../bench/accuracy/detok.ts';
import { isModelWord, isPersonName } from '../../bench/accuracy/gold.ts';
import { parseMeantime } from '../../bench/accuracy/meantime.ts';
import { trimSpan } from '../../bench/accuracy/predictions.ts';
import { canonicalValue, excuseNested, matchSpans, prf, sameValue } from '../../bench/accuracy/score.ts';
import { predictOurs } from '../../bench/accuracy/systems/ours.ts';

describe('detokenize', () => {
  it('joins Penn-Treebank tokens into natural text and keeps each token span exact', () => {
    const toks = ['Ford', "'s", '``', 'Taurus', "''", 'cost', 'US$', '40.4', 'million', '(', 'about', '5', '%', ')', ',', 'did', "n't", 'it', '?'];
    const { text, spans } = detokenize(toks);
    expect(text).toBe('Ford\'s "Taurus" cost US$40.4 million (about 5%), didn\'t it?');
    toks.forEach((t, i) => expect(text.slice(spans[i].start, spans[i].end)).toBe(t === '``' || t === "''" ? '"' : t));
  });
});

describe('parseMeantime', () => {
  const xml = `<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token number="0" sentence="0" t_id="1">Plane</token><token number="1" sentence="0" t_id="2">lands</token>
<token number="0" sentence="1" t_id="3">May</token><token number="1" sentence="1" t_id="4">02</token><token number="2" sentence="1" t_id="5">,</token><token number="3" sentence="1" t_id="6">2009</token>
<token number="0" sentence="2" t_id="7">Jane</token><token number="1" sentence="2" t_id="8">Roe</token><token number="2" sentence="2" t_id="9">flew</token><token number="3" sentence="2" t_id="10">yesterday</token><token number="4" sentence="2" t_id="11">.</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2009-05-02" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="21" type="DATE" value="2009-05-01" functionInDocument="NONE"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="22" type="DATE" value="2009-04" functionInDocument="NONE"/>
<ENTITY_MENTION m_id="30" syntactic_type="NAM" head=""><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY m_id="40" ent_type="PER" TAG_DESCRIPTOR="Jane Roe"/>
</Markables>
<Relations><REFERS_TO r_id="1"><source m_id="30"/><target m_id="40"/></REFERS_TO></Relations></Document>`;
  const doc = parseMeantime(xml, 'test');

  it('rebuilds one block per sentence and takes the dateline TIMEX3 as the publication date', () => {
    expect(doc.text).toBe('Plane lands\n\nMay 02, 2009\n\nJane Roe flew yesterday.');
    expect(doc.dct).toBe('2009-05-02');
  });

  it('keeps in-text TIMEX3s with tokens only, spans exact in the rebuilt text', () => {
    expect(doc.timexes.map((t) => [t.text, t.value, t.sentence])).toEqual([['yesterday', '2009-05-01', 2]]);
  });

  it('types a mention through REFERS_TO to its ENTITY', () => {
    expect(doc.mentions.map((m) => [m.text, m.entType, m.syntacticType])).toEqual([['Jane Roe', 'PER', 'NAM']]);
  });
});

describe('matchSpans', () => {
  const gold = [{ start: 0, end: 10 }, { start: 20, end: 25 }];
  it('strict pairs identical spans only', () => {
    const m = matchSpans(gold, [{ start: 0, end: 10 }, { start: 21, end: 25 }], 'strict');
    expect([m.pairs.length, m.missed.length, m.falseHits.length]).toEqual([1, 1, 1]);
  });
  it('relaxed pairs overlaps one to one, the largest overlap first', () => {
    const m = matchSpans(gold, [{ start: 2, end: 4 }, { start: 0, end: 9 }, { start: 30, end: 31 }], 'relaxed');
    expect(m.pairs.map(([, p]) => p)).toEqual([{ start: 0, end: 9 }]);
    expect(m.falseHits).toEqual([{ start: 2, end: 4 }, { start: 30, end: 31 }]);
    expect(m.missed).toEqual([{ start: 20, end: 25 }]);
  });
  it('prf: no predictions is precision 0, not NaN', () => {
    expect(prf(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf(3, 1, 1).f1).toBeCloseTo(0.75);
  });
});

describe('value canonical form', () => {
  it.each([
    ['2009-06-XX', '2009-06'],
    ['pm6', 'P6M'],
    ['PY5', 'P5Y'],
    ['2022-12-14T19:45-05:00', '2022-12-15T00:45Z'],
    ['XXXX-XX-XX', 'XXXX-XX-XX'],
  ])('%s → %s', (v, c) => expect(canonicalValue(v)).toBe(c));

  it('compares a zoneless time with the same clock time in UTC, and part-of-day by granularity', () => {
    expect(sameValue('2009-06-01T12:00Z', '2009-06-01T12:00')).toBe(true);
    expect(sameValue('2009-06-01T12:00Z', '2009-06-01T13:00')).toBe(false);
    expect(sameValue('2010-07-16TMO', '2010-07-16', 'part-of-day')).toBe(true);
    expect(sameValue('2010-07-16TMO', '2010-07-16', 'day')).toBe(false);
  });
});

describe('gold selection and peer spans', () => {
  it.each([
    ['A380', 0, false, true],
    ['777s', 0, false, true],
    ['737', 2, false, true],
    ['179', 0, false, false], // "179 tankers": a quantity
    ['70s', 3, false, false], // a decade
    ['Boeing\'s', 0, false, false],
    ['European', 0, false, false],
    ['Automobile', 0, true, false], // first word of the sentence
    ['Taurus', 1, false, true],
  ])('isModelWord(%s, %i, initial=%s) = %s', (w, i, initial, expected) => expect(isModelWord(w, i, initial)).toBe(expected));

  it('trimSpan drops trailing punctuation but keeps an abbreviation dot', () => {
    const t = 'on Dec. 14. and Dec.';
    expect(t.slice(...Object.values(trimSpan(t, 0, 11)))).toBe('on Dec. 14');
    expect(t.slice(...Object.values(trimSpan(t, 16, 20)))).toBe('Dec.');
  });
});

describe('excuseNested', () => {
  it('a gold mention nested with a matched one is covered by the same prediction, not missed', () => {
    const outer = { start: 0, end: 20 };
    const inner = { start: 10, end: 20 };
    const apart = { start: 30, end: 35 };
    const m = excuseNested(matchSpans([outer, inner, apart], [{ start: 10, end: 20 }], 'relaxed'));
    expect(m.pairs).toHaveLength(1);
    expect(m.covered).toHaveLength(1);
    expect(m.missed).toEqual([apart]);
  });
});

describe('isPersonName (which PER entities are named people)', () => {
  it.each([
    ["Michael O'Leary (CEO of Ryanair)", true],
    ['Louis Gallois', true],
    ['Ludwig van Beethoven', true],
    ['Boeing employees', false],
    ['board of directors', false],
    ['Singaporeans', false],
    ['John Howard + Ian MacDonald', false],
  ])('%s → %s', (d, expected) => expect(isPersonName(d)).toBe(expected));
});

describe('predictOurs: what of our extraction the bench scores', () => {
  const sentences = ['Ferry line recently ordered Airbus jets', 'May 02, 2009', 'The Japanese carmaker Kestrel said it is now buying six A330s and two Boeing jets.'];
  let text = '';
  const spans = sentences.map((s, i) => {
    if (i > 0) text += '\n\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  });
  const p = predictOurs({ id: 't', corpus: 'airbus', text, sentences: spans, dct: '2009-05-02' });
  const texts = (xs: { start: number; end: number }[] | undefined) => (xs ?? []).map((x) => text.slice(x.start, x.end));

  it('scores vague references with the dates, as TimeML marks them', () => {
    expect(p.dates?.filter((d) => /_REF$/.test(d.value)).map((d) => text.slice(d.start, d.end))).toEqual(['recently', 'now']);
  });
  it('scores places named as modifiers with the locations', () => {
    expect(texts(p.locations)).toContain('Japanese');
  });
  it('scores vehicle references holding a capitalised word, not bare type nouns', () => {
    expect(texts(p.vehicles)).toEqual(['Airbus jets', 'A330s', 'Boeing jets']);
  });
});

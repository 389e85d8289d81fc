import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { FactKindKey } from '../../src/report/data/kinds.ts';
import { drawable, highlightDescriptions, highlightText, tokenize, type HighlightSpan } from '../../src/report/highlight.ts';

const span = (kind: FactKindKey, start: number, end: number, tip = `${kind} ${start}-${end}`): HighlightSpan => ({ anchor: `ev-${kind}-${start}-${end}`, kind, start, end, tip });

/** The rendered text as a browser would see it, and each span's text joined over its fragments. */
function parse(markup: string) {
  const $ = cheerio.load(`<div id="root">${markup}</div>`);
  const textOf = (anchor: string) =>
    $(`[id="${anchor}"], [data-for="${anchor}"]`)
      .toArray()
      .map((el) => $(el).text())
      .join('');
  return { $, text: $('#root').text(), textOf };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: FactKindKey[] = ['vehicles', 'dates', 'people', 'organizations', 'locations', 'causes', 'consequences'];

describe('highlightText', () => {
  const text = 'The cargo ship Progress MS-21 leaked coolant on Saturday.';

  it('wraps a span in a mark with its kind, label, tooltip and focus', () => {
    const { $ } = parse(highlightText(text, [span('vehicles', 15, 29, 'vehicle: Progress MS-21\nrule: vehicle.designation')]).toString());
    const m = $('mark');
    expect(m).toHaveLength(1);
    expect(m.text()).toBe('Progress MS-21');
    expect(m.attr('data-kind')).toBe('vehicles');
    expect(m.attr('data-label')).toBe('vehicle');
    expect(m.attr('tabindex')).toBe('0');
    expect(m.attr('data-tip')).toBe('vehicle: Progress MS-21\nrule: vehicle.designation');
    expect(m.attr('aria-describedby')).toBe('d-ev-vehicles-15-29');
  });

  it('nests a span inside a longer one', () => {
    const { $, text: t } = parse(highlightText(text, [span('causes', 0, 44), span('vehicles', 15, 29)]).toString());
    expect(t).toBe(text);
    expect($('#ev-causes-0-44 > #ev-vehicles-15-29').text()).toBe('Progress MS-21');
    expect($('mark.cont')).toHaveLength(0);
  });

  it('splits a span that crosses the end of another into a first fragment and a continuation', () => {
    const spans = [span('consequences', 4, 36), span('dates', 30, 56)];
    const { $, textOf, text: t } = parse(highlightText(text, spans).toString());
    expect(t).toBe(text);
    expect(textOf('ev-consequences-4-36')).toBe(text.slice(4, 36));
    expect(textOf('ev-dates-30-56')).toBe(text.slice(30, 56));
    expect($('mark.cont[data-for="ev-dates-30-56"]')).toHaveLength(1);
    expect($('#ev-dates-30-56').attr('data-label')).toBe('date');
    expect($('mark.cont').attr('data-label')).toBeUndefined();
  });

  it('draws two kinds on the same words as two marks', () => {
    const { $ } = parse(highlightText(text, [span('organizations', 15, 23), span('vehicles', 15, 23)]).toString());
    expect($('#ev-vehicles-15-23 > #ev-organizations-15-23').text()).toBe('Progress');
  });

  it('escapes the text between marks and inside tooltips', () => {
    const hostile = 'A <script>window.__pwned=1</script> "x" & <img src=x onerror=alert(1)>';
    const markup = highlightText(hostile, [span('vehicles', 2, 10, '"><script>alert(1)</script>')]).toString();
    const { $, text: t } = parse(markup);
    expect(t).toBe(hostile);
    expect($('script')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('mark').attr('data-tip')).toBe('"><script>alert(1)</script>');
    expect(markup).not.toMatch(/<script|<img/);
  });

  it('keeps the text and every span exact on random overlapping span sets', () => {
    const next = rng(7);
    const base = 'Ab cd, ef <gh> & "ij" kl; mn op\nqr st uv wx yz. '.repeat(4);
    for (let round = 0; round < 300; round++) {
      const spans: HighlightSpan[] = [];
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        const a = Math.floor(next() * base.length);
        const b = Math.min(base.length, a + 1 + Math.floor(next() * 40));
        spans.push(span(KINDS[Math.floor(next() * KINDS.length)], a, b));
      }
      const { $, text: t, textOf } = parse(highlightText(base, spans).toString());
      expect(t, `round ${round}`).toBe(base);
      for (const s of drawable(spans, base.length)) {
        expect(textOf(s.anchor), `round ${round} ${s.anchor}`).toBe(base.slice(s.start, s.end));
        expect($(`[id="${s.anchor}"]`)).toHaveLength(1);
      }
    }
  });
});

describe('spans that cannot be drawn (negative cases)', () => {
  const cases: [string, HighlightSpan][] = [
    ['empty', span('dates', 5, 5)],
    ['reversed', span('dates', 9, 5)],
    ['past the end', span('dates', 5, 999)],
    ['negative start', span('dates', -1, 4)],
    ['fractional offset', span('dates', 1.5, 4)],
  ];
  it.each(cases)('%s: not drawn, the text stays whole', (_name, s) => {
    const markup = highlightText('0123456789', [s]).toString();
    expect(markup).toBe('0123456789');
    expect(tokenize(10, [s])).toEqual([{ type: 'text', start: 0, end: 10 }]);
  });
  it('a repeated anchor is drawn once', () => {
    expect(drawable([span('dates', 1, 3), span('dates', 1, 3)], 10)).toHaveLength(1);
  });
});

describe('highlightDescriptions', () => {
  it('gives every drawn span a hidden description for screen readers, escaped', () => {
    const $ = cheerio.load(highlightDescriptions('0123456789', [span('people', 0, 4, '<b>name</b>'), span('dates', 3, 3)]).toString());
    expect($('[hidden] p')).toHaveLength(1);
    expect($('#d-ev-people-0-4').text()).toBe('<b>name</b>');
  });
});

/**
 * Table helpers for the cause and consequence rules: a doc whose sentences are split the way
 * ingest splits them ("Dec. 14" and "p.m." stay inside a sentence), the span invariant, and a
 * positive/negative table runner in the style of chrono's negative_cases and compromise's tag tables.
 */
import { describe, expect, it } from 'vitest';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import type { ClauseMention } from '../../../src/extract/types.ts';
import type { Sentence } from '../../../src/ingest/types.ts';

const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gov sen rep st jr sr cmdr capt lt col gen no vs etc inc co corp pa mt ft u.s a.m p.m'.split(' '),
);

/** Sentence ends: [.!?] (+ closing quotes) + space + a capital, digit or opening quote, unless an abbreviation. */
function splitSentences(text: string, from: number, to: number, block: number, out: Sentence[]): void {
  let start = from;
  const re = /[.!?]+["”’')\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const word = /([\w.]+)\.$/.exec(text.slice(start, m.index + 1))?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end, block });
    start = m.index + m[0].length;
  }
  const end = from + text.slice(from, to).trimEnd().length;
  if (end > start) out.push({ start, end: Math.min(end, to), block });
}

/** An ExtractDoc with one block per paragraph and abbreviation-aware sentences. */
export function articleDoc(text: string, published: string | null = null): ExtractDoc {
  const blocks: { kind: 'paragraph'; start: number; end: number }[] = [];
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    const end = m.index! + m[0].trimEnd().length;
    if (end <= start) continue;
    blocks.push({ kind: 'paragraph', start, end });
    splitSentences(text, start, end, blocks.length - 1, sentences);
  }
  return new ExtractDoc({ text, sentences, blocks, published });
}

/** Every mention's text is exactly the slice it points at, inside its sentence. */
export function expectSpans(doc: ExtractDoc, mentions: ClauseMention[]): void {
  for (const m of mentions) {
    expect(m.text).toBe(doc.text.slice(m.start, m.end));
    const s = doc.sentences[m.sentence];
    expect(m.start >= s.start && m.end <= s.end, `${m.ruleId} span inside sentence ${m.sentence}`).toBe(true);
    expect(m.clause.length).toBeGreaterThan(0);
    expect(m.clause).toBe(m.clause.trim());
  }
}

/** [text, cue, expected clause] */
export type Positive = [text: string, cue: string, clause: string];
/** [text, cue that must NOT appear ('*' = no mention at all), why] */
export type Negative = [text: string, cue: string, why: string];

const show = (ms: ClauseMention[]) => ms.map((m) => `${m.ruleId} ${m.cue}: "${m.clause}"`).join('\n') || '(none)';

export function cueTable(
  title: string,
  extract: (doc: ExtractDoc) => ClauseMention[],
  table: { positives: Positive[]; negatives: Negative[] },
): void {
  describe(title, () => {
    it.each(table.positives)('%s → %s', (text, cue, clause) => {
      const doc = articleDoc(text);
      const ms = extract(doc);
      expectSpans(doc, ms);
      const hit = ms.find((m) => m.cue === cue && m.clause === clause);
      expect(hit, `wanted ${cue}: "${clause}"; got\n${show(ms)}`).toBeDefined();
    });
    it.each(table.negatives)('NOT %s (%s)', (text, cue, why) => {
      const doc = articleDoc(text);
      const ms = extract(doc);
      expectSpans(doc, ms);
      const bad = ms.filter((m) => cue === '*' || m.cue === cue);
      expect(bad, `${why}; got\n${show(bad)}`).toEqual([]);
    });
  });
}

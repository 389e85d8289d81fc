/**
 * Tense cues around a date, read from the clause that holds it (lexicon: FUTURE_*, PAST_WORDS,
 * REPORTING_VERBS). e.g. "is scheduled for Saturday" → future; "NASA said Saturday it will…" → past.
 */
import type { ExtractDoc } from '../doc.ts';
import * as lex from '../../lexicons/dates.ts';
import { anyOf, straightQuotes, wordsRe } from './patterns.ts';

export type Tense = 'future' | 'past' | 'unknown';

const FUTURE = [
  wordsRe(lex.FUTURE_WORDS),
  new RegExp(`(?:${wordsRe(lex.PRESENT_BE).source})\\s+${anyOf(lex.FUTURE_AFTER_BE)}\\b`, 'i'),
  wordsRe(lex.FUTURE_PHRASES),
];
const PAST = wordsRe(lex.PAST_WORDS);
const REPORTED = new RegExp(`\\b${anyOf(lex.REPORTING_VERBS)}\\s+(?:on\\s+)?$`, 'i');
const ABBREVIATED_END = new RegExp(`\\b${anyOf(lex.FRAGMENT_ABBREVIATIONS)}\\.$`, 'i');

/** The sentence holding [start, end); naive fragments cut after "Dec." or "p.m." are read together. */
export function sentenceWindow(doc: ExtractDoc, start: number, end: number): { text: string; start: number } {
  let first = doc.sentenceAt(start);
  let last = doc.sentenceAt(Math.max(start, end - 1));
  if (first < 0 || last < 0) return { text: doc.text.slice(start, end), start };
  const block = doc.sentences[first].block;
  for (let k = 0; k < 3 && first > 0 && doc.sentences[first - 1].block === block && ABBREVIATED_END.test(doc.sentenceText(first - 1)); k++) first--;
  for (let k = 0; k < 3 && last + 1 < doc.sentences.length && doc.sentences[last + 1].block === block && ABBREVIATED_END.test(doc.sentenceText(last)); k++) last++;
  const s = doc.sentences[first].start;
  return { text: straightQuotes(doc.text.slice(s, doc.sentences[last].end)), start: s };
}

/** The clause around [from, to) of `text`: cut at ";", " but ", ", and "… (CLAUSE_BREAKS). */
export function clauseAround(text: string, from: number, to: number): { before: string; after: string } {
  const lower = text.toLowerCase();
  let a = 0;
  let b = text.length;
  for (const brk of lex.CLAUSE_BREAKS) {
    const i = lower.lastIndexOf(brk, from - 1);
    if (i >= 0 && i + brk.length <= from) a = Math.max(a, i + brk.length);
    const j = lower.indexOf(brk, to);
    if (j >= 0) b = Math.min(b, j);
  }
  return { before: text.slice(a, from), after: text.slice(to, b) };
}

/** Future, past or unknown for the date at [start, end) of the document. */
export function tenseAround(doc: ExtractDoc, start: number, end: number): Tense {
  const w = sentenceWindow(doc, start, end);
  const { before, after } = clauseAround(w.text, start - w.start, end - w.start);
  if (REPORTED.test(before)) return 'past';
  const clause = `${before} … ${after}`;
  if (PAST.test(clause)) return 'past';
  return FUTURE.some((re) => re.test(clause)) ? 'future' : 'unknown';
}


/**
 * Tense cues around a date, read from the clause that holds it (lexicon: FUTURE_*, PAST_WORDS,
 * REPORTING_VERBS). e.g. "is scheduled for Saturday" → future; "NASA said Saturday it will…" → past.
 */
import type { ExtractDoc } from '../doc.ts';
import * as lex from '../../lexicons/dates.ts';
import { anyOf, straightQuotes, wordsRe } from './patterns.ts';
import { segmentAt, segments } from './segments.ts';

export type Tense = 'future' | 'past' | 'unknown';

const FUTURE = [
  wordsRe(lex.FUTURE_WORDS),
  new RegExp(`(?:${wordsRe(lex.PRESENT_BE).source})\\s+${anyOf(lex.FUTURE_AFTER_BE)}\\b`, 'i'),
  wordsRe(lex.FUTURE_PHRASES),
];
const PAST = wordsRe(lex.PAST_WORDS);
/** A reporting verb, up to three words ("told reporters"), then the date. */
const REPORTED = new RegExp(`\\b${anyOf(lex.REPORTING_VERBS)}((?:\\s+[\\w'-]+){0,3}?)\\s+(?:on\\s+)?$`, 'i');
const QUOTED = /"[^"]*"|“[^”]*”/g;
const ADJECTIVE_SLOT = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|'s)\s+$/i;

/** The sentence (segment) holding [start, end): "on Dec." | "14" fragments are read together. */
export function sentenceWindow(doc: ExtractDoc, start: number, end: number): { text: string; start: number } {
  const first = segmentAt(doc, start);
  const last = segmentAt(doc, Math.max(start, end - 1));
  if (first < 0 || last < 0) return { text: straightQuotes(doc.text.slice(start, end)), start };
  const g = segments(doc);
  return { text: straightQuotes(doc.text.slice(g[first].start, g[last].end)), start: g[first].start };
}

/** The clause around [from, to) of `text`, as offsets: cut at ";", " but ", ", and "… (CLAUSE_BREAKS). */
export function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  const lower = text.toLowerCase();
  let start = 0;
  let end = text.length;
  for (const brk of lex.CLAUSE_BREAKS) {
    const i = lower.lastIndexOf(brk, from - 1);
    if (i >= 0 && i + brk.length <= from) start = Math.max(start, i + brk.length);
    const j = lower.indexOf(brk, to);
    if (j >= 0) end = Math.min(end, j);
  }
  return { start, end };
}

/** Quoted speech that does not hold the date is someone else's clause: blanked, same length. */
export function blankQuotes(text: string, from: number, to: number): string {
  return text.replace(QUOTED, (q: string, at: number) => (at <= from && to <= at + q.length ? q : ' '.repeat(q.length)));
}

/**
 * Future, past or unknown for the date at [start, end) of the document. In order: a reporting
 * verb shortly before it ("said Saturday", "told reporters Monday": past), a past auxiliary
 * (past), a future cue (future), a verb compromise tags #PastTense in the clause (past; after the
 * future cues, as "is scheduled" is tagged so too), unless it stands where an adjective would
 * ("the planned spacewalk", "NASA's planned…"). Quotes not holding the date are skipped.
 */
export function tenseAround(doc: ExtractDoc, start: number, end: number): Tense {
  const win = sentenceWindow(doc, start, end);
  const text = blankQuotes(win.text, start - win.start, end - win.start);
  const clause = clauseAround(text, start - win.start, end - win.start);
  const before = text.slice(clause.start, start - win.start);
  const reported = REPORTED.exec(before);
  if (reported && !FUTURE.some((re) => re.test(reported[1]))) return 'past';
  const words = `${before} … ${text.slice(end - win.start, clause.end)}`;
  if (PAST.test(words)) return 'past';
  if (FUTURE.some((re) => re.test(words))) return 'future';
  const from = win.start + clause.start;
  const to = win.start + clause.end;
  const here = doc.sentenceAt(start);
  const first = Math.min(here, doc.sentenceAt(from) < 0 ? here : doc.sentenceAt(from));
  const last = Math.max(here, doc.sentenceAt(to - 1));
  if (first < 0) return 'unknown';
  const range = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const isPastVerb = (m: { start: number; end: number }): boolean =>
    m.start >= from && m.end <= to && (m.end <= start || m.start >= end) &&
    text.slice(m.start - win.start, m.end - win.start).trim() !== '' &&
    !ADJECTIVE_SLOT.test(straightQuotes(doc.text.slice(Math.max(0, m.start - 8), m.start)));
  return doc.match('#PastTense', range).some(isPastVerb) ? 'past' : 'unknown';
}

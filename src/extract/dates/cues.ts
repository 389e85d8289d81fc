/**
 * Tense cues around a date, read from the clause that holds it (lexicon: FUTURE_*, PAST_WORDS,
 * REPORTING_VERBS). e.g. "is scheduled for Saturday" → future; "NASA said Saturday it will…" → past.
 */
import type { ExtractDoc, Span } from '../doc.ts';
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
/** "closed until Friday": a word right before the date that points ahead. */
const FUTURE_RIGHT_BEFORE = new RegExp(`(?<![\\w'])${anyOf(lex.FUTURE_RIGHT_BEFORE)}\\s+$`, 'i');
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
 * anywhere in the clause (past); then the nearest governing words first: a future cue before the
 * date ("is scheduled for Saturday", "closed until Friday"), a verb compromise tags #PastTense
 * before it ("closed at a low on Monday, amid worries that the state will…": past), a future cue
 * after it, a #PastTense verb after it. A #PastTense word where an adjective would stand ("the
 * planned spacewalk", "NASA's planned…") is no verb. Quotes not holding the date are skipped.
 */
export function tenseAround(doc: ExtractDoc, start: number, end: number): Tense {
  const win = sentenceWindow(doc, start, end);
  const text = blankQuotes(win.text, start - win.start, end - win.start);
  const clause = clauseAround(text, start - win.start, end - win.start);
  const before = text.slice(clause.start, start - win.start);
  const after = text.slice(end - win.start, clause.end);
  const reported = REPORTED.exec(before);
  if (reported && !FUTURE.some((re) => re.test(reported[1]))) return 'past';
  if (PAST.test(`${before} … ${after}`)) return 'past';
  const pastVerbs = pastVerbsAround(doc, { text, start: win.start }, { start: win.start + clause.start, end: win.start + clause.end }, { start, end });
  if (FUTURE.some((re) => re.test(before)) || FUTURE_RIGHT_BEFORE.test(before)) return 'future';
  if (pastVerbs.before) return 'past';
  if (FUTURE.some((re) => re.test(after))) return 'future';
  return pastVerbs.after ? 'past' : 'unknown';
}

/** Whether compromise finds a #PastTense verb in the clause before and after the date (`win.text`: quotes blanked). */
function pastVerbsAround(doc: ExtractDoc, win: { text: string; start: number }, clause: Span, date: Span): { before: boolean; after: boolean } {
  const here = doc.sentenceAt(date.start);
  const first = Math.min(here, doc.sentenceAt(clause.start) < 0 ? here : doc.sentenceAt(clause.start));
  const last = Math.max(here, doc.sentenceAt(clause.end - 1));
  if (first < 0) return { before: false, after: false };
  const range = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const verbs = doc.match('#PastTense', range).filter((m) =>
    m.start >= clause.start && m.end <= clause.end && (m.end <= date.start || m.start >= date.end) &&
    win.text.slice(m.start - win.start, m.end - win.start).trim() !== '' &&
    !ADJECTIVE_SLOT.test(straightQuotes(doc.text.slice(Math.max(0, m.start - 8), m.start))));
  return { before: verbs.some((m) => m.end <= date.start), after: verbs.some((m) => m.start >= date.end) };
}

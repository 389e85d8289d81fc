/**
 * Vague references (TimeML): "now", "currently", "recently", "the past", "in the future",
 * "later", "for the time being" → PRESENT_REF / PAST_REF / FUTURE_REF, granularity `vague`,
 * type DATE. They carry no calendar value, so they are never an occurrence date.
 * Not "the past five days" (a length of time), "soon after the crash", "sooner or later",
 * "NOW" (an acronym), "the current swept him away" (a noun).
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll } from '../../shared/regex.ts';

const PHRASES = { ...lex.VAGUE_REFERENCES, ...Object.fromEntries(Object.entries(lex.VAGUE_REFERENCES_AFTER).map(([k, v]) => [k, v.value])) };
const PATTERN = new RegExp(`(?<![\\w'’-])${anyOf(Object.keys(PHRASES))}(?![\\w'’]|-\\w)`, 'gi');
/** "as soon as", "no later than"; "20 minutes later" counts from a time (a unit word before it). */
const BLOCK_BEFORE = new RegExp(`(?:^|\\W)${anyOf([...lex.VAGUE_REFERENCE_BLOCKERS.before, ...Object.keys(lex.UNIT_WORDS)])}\\s+$`, 'i');
const BLOCK_AFTER = new RegExp(`^\\s+${anyOf(lex.VAGUE_REFERENCE_BLOCKERS.after)}\\b`, 'i');
/** "the past five days", "the past week": a count or unit after "the past" makes a length of time. */
const COUNT_OR_UNIT_AFTER = new RegExp(`^[\\s-]+(?:\\d|${anyOf([...Object.keys(lex.NUMBER_WORDS), ...lex.VAGUE_COUNTS, ...Object.keys(lex.UNIT_WORDS), 'weekend', 'quarter'])}\\b)`, 'i');
const CURRENT_NOUN_BEFORE = new RegExp(`(?:^|\\W)${anyOf(lex.CURRENT_NOUN_CUES.before)}\\s+$`, 'i');
const CURRENT_NOUN_AFTER = new RegExp(`^(?:\\s+${anyOf(lex.CURRENT_NOUN_CUES.after)}\\b|\\s*[^\\s\\w])`, 'i');

/** Whether the matched phrase, between `before` and `after`, is a vague reference. */
export function isVagueReference(phrase: string, before: string, after: string): boolean {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (phrase.length > 1 && phrase === phrase.toUpperCase()) return false; // "NOW"
  const needs = lex.VAGUE_REFERENCES_AFTER[key];
  if (needs && !new RegExp(`(?:^|\\W)${needs.after}\\s+$`, 'i').test(before)) return false;
  if (BLOCK_BEFORE.test(before) || BLOCK_AFTER.test(after)) return false;
  if (key.startsWith('the ') && COUNT_OR_UNIT_AFTER.test(after)) return false;
  if (key === 'current' && (CURRENT_NOUN_BEFORE.test(before) || CURRENT_NOUN_AFTER.test(after))) return false;
  return true;
}

export const vagueRefRule: Rule<DateCandidate> = {
  id: 'date.vague-ref',
  description: 'A time placed only relative to now: "currently" → PRESENT_REF, "recently" → PAST_REF, "in the future" → FUTURE_REF.',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    for (const m of execAll(PATTERN, doc.text)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!isVagueReference(m[0], doc.text.slice(Math.max(0, start - 30), start), doc.text.slice(end, end + 30))) continue;
      const value = PHRASES[m[0].toLowerCase().replace(/\s+/g, ' ')];
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.vague-ref', value, granularity: 'vague', timexType: 'DATE' }));
    }
    return out;
  },
};

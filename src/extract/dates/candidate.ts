/**
 * A date mention on its way through the refiners: what the words state (`parts`, never a guess),
 * and what the resolvers made of it (`value`, empty until resolved).
 * e.g. "7:45 PM EST on Dec. 14" → parts { month: 12, day: 14, hour: 19, minute: 45, offset: -300 }.
 */
import type { ExtractDoc } from '../doc.ts';
import type { DateMention, Granularity } from '../types.ts';
import type { RelativeSpec } from '../../lexicons/dates.ts';

/** Only what the text states. `offset`: minutes east of UTC, or 'local' for "local time". */
export interface DateParts {
  year?: number;
  quarter?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  offset?: number | 'local';
}

export type Modifier = 'last' | 'next' | 'this';

export interface DateCandidate extends DateMention {
  parts: DateParts;
  /** "yesterday", "two days ago", "a week earlier". */
  relative?: RelativeSpec;
  /** "last July", "next Saturday". */
  modifier?: Modifier;
  /** End of a range said in one expression ("Dec. 14-16"). */
  endParts?: DateParts;
  /** "weekend" instead of a weekday. */
  weekend?: boolean;
}

export interface CandidateInit {
  ruleId: string;
  parts?: DateParts;
  value?: string;
  granularity?: Granularity;
  timexType?: DateMention['timexType'];
  relative?: RelativeSpec;
  endParts?: DateParts;
  weekend?: boolean;
}

export function makeCandidate(doc: ExtractDoc, start: number, end: number, init: CandidateInit): DateCandidate {
  const parts = init.parts ?? {};
  const c: DateCandidate = {
    kind: 'date', start, end, text: doc.text.slice(start, end), ruleId: init.ruleId,
    sentence: doc.sentenceAt(start), value: init.value ?? '',
    granularity: init.granularity ?? (parts.hour !== undefined ? 'time' : 'day'),
    timexType: init.timexType ?? (parts.hour !== undefined ? 'TIME' : 'DATE'), parts,
  };
  if (init.relative) c.relative = init.relative;
  if (init.endParts) c.endParts = init.endParts;
  if (init.weekend) c.weekend = true;
  return c;
}

/** The same candidate over another span of the text. */
export function respan(c: DateCandidate, doc: ExtractDoc, start: number, end: number): DateCandidate {
  return { ...c, start, end, text: doc.text.slice(start, end), sentence: doc.sentenceAt(start) };
}

export function addNote(c: DateCandidate, note: string): DateCandidate {
  return { ...c, notes: [...(c.notes ?? []), note] };
}

export const hasTime = (p: DateParts): boolean => p.hour !== undefined;

/** Has a calendar part of its own (day, weekday, month, year, quarter) or a relative day. */
export const hasDate = (c: DateCandidate): boolean =>
  c.relative !== undefined || ['year', 'quarter', 'month', 'day', 'weekday'].some((k) => c.parts[k as keyof DateParts] !== undefined) || c.weekend === true;

/** What leaves the stage: the contract's fields only, in a fixed key order. */
export function toMention(c: DateCandidate): DateMention {
  const m: DateMention = {
    kind: 'date', start: c.start, end: c.end, text: c.text, ruleId: c.ruleId, sentence: c.sentence,
    value: c.value, granularity: c.granularity, timexType: c.timexType,
  };
  if (c.notes?.length) m.notes = [...c.notes];
  return m;
}

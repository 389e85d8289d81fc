/**
 * Mentions whose day comes from the text around them, resolved in text order:
 * - a bare time ("around 9 p.m.") takes the day of the anchor: the nearest preceding day-level
 *   mention in the same or the two previous sentences, else a later one in the same sentence,
 *   else the latest preceding one anywhere; with none it is dropped (an "XXXX-XX-XXT21:00" says
 *   nothing). Its zone is only the one it states: "9 p.m." after "7:45 PM EST" stays zoneless.
 * - "a week earlier", "the next day", "the same day" count from the anchor's full date, else
 *   from publication; "the previous year", "that month" from the nearest preceding mention that
 *   states a year (a month), whatever its own granularity.
 */
import type { Refiner } from '../../types.ts';
import { parseYMD, type YMD } from '../calendar.ts';
import type { RelativeGranularity, RelativeSpec } from '../../../lexicons/dates.ts';
import { addNote, hasDate, type DateCandidate } from '../candidate.ts';
import { timeSuffix } from '../format.ts';
import { segmentAt } from '../segments.ts';
import { resolveRelative, unresolvedRelative } from './relative.ts';

const DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}/;
const MONTH = /^(\d{4})-(\d{2})(?![\dW])/;
const YEAR = /^(\d{4})(?!\d)/;
const isDate = (c: DateCandidate): boolean => c.timexType === 'DATE' || c.timexType === 'TIME';
const isDayLevel = (c: DateCandidate): boolean => isDate(c) && DAY.test(c.value);

/** What an anchor must state for a relative granularity: a year for "the previous year", a month for "that month", else a day. */
export function anchorLevel(gran: RelativeGranularity): (c: DateCandidate) => boolean {
  if (gran === 'year') return (c) => isDate(c) && YEAR.test(c.value);
  if (gran === 'month') return (c) => isDate(c) && MONTH.test(c.value);
  return isDayLevel;
}

/** The base day an anchor value gives at that level ("2009-02" → 2009-02-01 for a month), or null. */
export function anchorBase(value: string, gran: RelativeGranularity): YMD | null {
  const month = MONTH.exec(value);
  if (gran === 'month' && month) return { year: +month[1], month: +month[2], day: 1 };
  const year = YEAR.exec(value);
  if (gran === 'year' && year) return { year: +year[1], month: 1, day: 1 };
  return parseYMD(value);
}

/**
 * Index of the anchor for mentions[i] among the resolved ones, or -1. `sentenceOf` gives each
 * mention's sentence (segment: naive "9 p." | "m." fragments count as one).
 */
export function findAnchor(
  mentions: readonly DateCandidate[],
  i: number,
  sentenceOf: (c: DateCandidate) => number,
  isAnchor: (c: DateCandidate) => boolean = isDayLevel,
): number {
  const s = sentenceOf(mentions[i]);
  for (let j = i - 1; j >= 0 && sentenceOf(mentions[j]) >= s - 2; j--) if (isAnchor(mentions[j])) return j;
  for (let j = i + 1; j < mentions.length && sentenceOf(mentions[j]) === s; j++) if (isAnchor(mentions[j])) return j;
  for (let j = i - 1; j >= 0; j--) if (isAnchor(mentions[j])) return j;
  return -1;
}

/**
 * "That day" after "October 31" in a story with no publication date: the anchor's own partial
 * value ("XXXX-10-31"), when the phrase counts no units from it. Null when it does or cannot.
 */
export function samePartialValue(anchorValue: string, spec: RelativeSpec): string | null {
  if (spec.n !== 0) return null;
  const width = { day: 10, 'part-of-day': 10, month: 7, year: 4, week: 0 }[spec.gran];
  const v = anchorValue.slice(0, width);
  return width > 0 && v.length === width && /^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX))*$/.test(v) ? v : null;
}

export const resolveAnchored: Refiner<DateCandidate> = {
  id: 'date.anchor',
  description: 'Bare times and "a week earlier" take their day from the nearest date said before them.',
  refine(mentions, doc) {
    const out = [...mentions].sort((a, b) => a.start - b.start);
    for (let i = 0; i < out.length; i++) {
      const c = out[i];
      if (c.value) continue;
      const bareTime = c.parts.hour !== undefined && !hasDate(c);
      const fromAnchor = c.relative?.from === 'anchor';
      if (!bareTime && !fromAnchor) continue;
      const sentenceOf = (m: DateCandidate): number => segmentAt(doc, m.start);
      if (bareTime) {
        const a = findAnchor(out, i, sentenceOf);
        if (a >= 0) out[i] = addNote({ ...c, value: out[a].value.slice(0, 10) + timeSuffix(c.parts), granularity: 'time', timexType: 'TIME', ruleId: 'date.time-anchor' }, 'date-from-context');
        continue;
      }
      const gran = c.relative!.gran;
      const a = findAnchor(out, i, sentenceOf, anchorLevel(gran));
      const base = (a >= 0 ? anchorBase(out[a].value, gran) : null) ?? parseYMD(doc.published);
      const ruleId = c.ruleId === 'date.anaphoric' ? c.ruleId : 'date.relative-anchor';
      const same = !base && a >= 0 ? samePartialValue(out[a].value, c.relative!) : null;
      if (same) {
        out[i] = { ...c, value: same, granularity: c.relative!.gran === 'year' ? 'year' : c.relative!.gran === 'month' ? 'month' : 'day', timexType: 'DATE', ruleId };
        continue;
      }
      if (!base) {
        out[i] = addNote({ ...c, ...unresolvedRelative(c.relative!), ruleId }, 'unresolved-relative');
        continue;
      }
      const r = resolveRelative(c.relative!, base);
      out[i] = { ...c, value: r.value + timeSuffix(c.parts), granularity: c.parts.hour !== undefined ? 'time' : r.granularity, timexType: c.parts.hour !== undefined ? 'TIME' : 'DATE', ruleId };
    }
    return out;
  },
};

/**
 * Mentions whose day comes from the text around them, resolved in text order:
 * - a bare time ("around 9 p.m.") takes the day of the anchor: the nearest preceding day-level
 *   mention in the same or the two previous sentences, else a later one in the same sentence,
 *   else the latest preceding one anywhere; with none it is dropped (an "XXXX-XX-XXT21:00" says
 *   nothing). Its zone is only the one it states: "9 p.m." after "7:45 PM EST" stays zoneless.
 * - "a week earlier", "the next day" count from the anchor's full date, else from publication.
 */
import type { Refiner } from '../../types.ts';
import { parseYMD } from '../calendar.ts';
import { addNote, hasDate, type DateCandidate } from '../candidate.ts';
import { timeSuffix } from '../format.ts';
import { segmentAt } from '../segments.ts';
import { resolveRelative } from './relative.ts';

const DAY = /^(?:\d{4}|XXXX)-\d{2}-\d{2}/;
const isDayLevel = (c: DateCandidate): boolean => (c.timexType === 'DATE' || c.timexType === 'TIME') && DAY.test(c.value);

/**
 * Index of the anchor for mentions[i] among the resolved ones, or -1. `sentenceOf` gives each
 * mention's sentence (segment: naive "9 p." | "m." fragments count as one).
 */
export function findAnchor(mentions: readonly DateCandidate[], i: number, sentenceOf: (c: DateCandidate) => number): number {
  const s = sentenceOf(mentions[i]);
  for (let j = i - 1; j >= 0 && sentenceOf(mentions[j]) >= s - 2; j--) if (isDayLevel(mentions[j])) return j;
  for (let j = i + 1; j < mentions.length && sentenceOf(mentions[j]) === s; j++) if (isDayLevel(mentions[j])) return j;
  for (let j = i - 1; j >= 0; j--) if (isDayLevel(mentions[j])) return j;
  return -1;
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
      const a = findAnchor(out, i, (m) => segmentAt(doc, m.start));
      if (bareTime) {
        if (a >= 0) out[i] = addNote({ ...c, value: out[a].value.slice(0, 10) + timeSuffix(c.parts), granularity: 'time', timexType: 'TIME', ruleId: 'date.time-anchor' }, 'date-from-context');
        continue;
      }
      const base = (a >= 0 ? parseYMD(out[a].value) : null) ?? parseYMD(doc.published);
      if (!base) {
        out[i] = addNote({ ...c, value: 'XXXX-XX-XX', granularity: 'day', ruleId: 'date.relative-anchor' }, 'unresolved-relative');
        continue;
      }
      const r = resolveRelative(c.relative!, base);
      out[i] = { ...c, value: r.value + timeSuffix(c.parts), granularity: c.parts.hour !== undefined ? 'time' : r.granularity, timexType: c.parts.hour !== undefined ? 'TIME' : 'DATE', ruleId: 'date.relative-anchor' };
    }
    return out;
  },
};

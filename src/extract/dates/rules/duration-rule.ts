/**
 * Durations (TimeML DURATION): "for 10 hours" → "10 hours" PT10H, "two months" → P2M,
 * "three-day" → P3D, "several days" → PXD, "two and a half years" → P2.5Y, "a one-year high" →
 * P1Y, "a day after the crash" → P1D. Not "a 2-year-old" (an age), "two days ago" (a date), "a
 * second consecutive day" (an ordinal).
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll } from '../../shared/regex.ts';

const COUNT_WORDS = Object.keys(lex.NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an' && w !== 'one');
const UNIT_ALT = anyOf(Object.keys(lex.UNIT_WORDS));
const UNIT = `(${UNIT_ALT})`;
/** "a"/"one" count after a length word ("for a day"), before a hyphenated unit ("one-year high"), or before "after"/"before" ("a day after the crash"). */
const ONE = `(?<=\\b(?:for|within|over|about|nearly|almost|lasting|lasted|took|than|just|only)\\s+)(?:a|an|one)|${anyOf(Object.keys(lex.HYPHEN_COUNTS))}(?=-${UNIT_ALT}\\b)|(?:a|an|one)(?=\\s+${UNIT_ALT}\\s+(?:after|before)\\b)`;
const NUMBER = `(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|${anyOf([...COUNT_WORDS, ...lex.VAGUE_COUNTS])}|${ONE})(\\s+and\\s+a\\s+half)?`;
const PATTERN = new RegExp(`(?<![\\w$.,-])${NUMBER}[\\s-]+${UNIT}(?![\\w])(?![\\s-]+(?:old|consecutive|straight|successive)\\b)(?!\\s+(?:${anyOf(Object.keys(lex.RELATIVE_SUFFIXES))})\\b)`, 'gi');

/** ISO 8601 duration: (10, hour) → PT10H, (2, month) → P2M, (X, day) → PXD. */
export function durationValue(count: number | 'X', unit: lex.TimeUnit): string {
  const iso = lex.UNIT_ISO[unit];
  const n = count === 'X' ? 'X' : String(+(count * iso.times).toFixed(3));
  return `P${iso.time ? 'T' : ''}${n}${iso.designator}`;
}

export function countOf(word: string): number | 'X' | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if ((lex.VAGUE_COUNTS as readonly string[]).includes(w)) return 'X';
  return lex.NUMBER_WORDS[w] ?? lex.HYPHEN_COUNTS[w];
}

/** "two" + " and a half" → 2.5. */
const plusHalf = (count: number | 'X' | undefined, half: string | undefined): number | 'X' | undefined =>
  half && typeof count === 'number' ? count + 0.5 : count;

export const durationRule: Rule<DateCandidate> = {
  id: 'date.duration',
  description: 'A length of time: "for 10 hours" → PT10H, "three-day" → P3D.',
  extract(doc) {
    const out: DateCandidate[] = [];
    for (const m of execAll(PATTERN, doc.text)) {
      const count = plusHalf(countOf(m[1]), m[2]);
      const unit = lex.UNIT_WORDS[m[3].toLowerCase()];
      if (count === undefined || !unit) continue;
      out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, {
        ruleId: 'date.duration', value: durationValue(count, unit), granularity: 'duration', timexType: 'DURATION',
      }));
    }
    return out;
  },
};

/**
 * Stretches of time counted back or ahead, with their "the past"/"the next" as TimeML marks
 * them: "the past five trading days" → P5D, "the next four years" → P4Y, "the past decade" →
 * P10Y; and runs of consecutive units: "six straight days" → P6D, "two consecutive quarters" → P2Q.
 * Not "last week", "the next day" (dates: relative rules), "the first day of the trial" (an
 * ordinal day: no count), "three quarters of the fleet" (a fraction: no run word).
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { countOf, durationValue } from './duration-rule.ts';
import { execAll } from '../../shared/regex.ts';

const COUNT_WORDS = Object.keys(lex.NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an');
const COUNT = `(\\d{1,3}|${anyOf([...COUNT_WORDS, ...lex.VAGUE_COUNTS])})`;
const UNIT = `(${anyOf([...Object.keys(lex.UNIT_WORDS), ...Object.keys(lex.PERIOD_EXTRA_UNITS)])})`;
const QUALIFIER = `(?:${anyOf(lex.PERIOD_QUALIFIERS)}\\s+)?`;
const RUN_WORDS = ['straight', 'consecutive', 'successive'];
const PERIOD = new RegExp(`(?<![\\w-])the\\s+(${anyOf(lex.PERIOD_WORDS)})\\s+(?:${COUNT}\\s+)?${QUALIFIER}${UNIT}(?![\\w-])`, 'gi');
const RUN = new RegExp(`(?<![\\w-])${COUNT}\\s+${anyOf(RUN_WORDS)}\\s+${UNIT}(?![\\w-])`, 'gi');

/** ISO value of n units: (2, "quarters") → P2Q, (5, "days") → P5D, ('X', "years") → PXY. */
export function periodValue(count: number | 'X', unit: string): string {
  const u = unit.toLowerCase();
  const extra = lex.PERIOD_EXTRA_UNITS[u];
  return extra ? `P${count}${extra}` : durationValue(count, lex.UNIT_WORDS[u]);
}

/**
 * The count of "the <word> [count] <unit>", or null when it is no stretch of time: without a
 * count only "the past <unit>" is one ("the past decade"); "the next day" is a date.
 */
export function periodCount(word: string, count: string | undefined, unit: string): number | 'X' | null {
  if (count) return countOf(count) ?? null;
  if (word.toLowerCase() !== 'past') return null;
  return /s$/i.test(unit) ? 'X' : 1;
}

export const periodRule: Rule<DateCandidate> = {
  id: 'date.period',
  description: 'A counted stretch of time: "the past five days" → P5D, "the past decade" → P10Y, "two consecutive quarters" → P2Q.',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, value: string): void => {
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.period', value, granularity: 'duration', timexType: 'DURATION' }));
    };
    for (const m of execAll(PERIOD, doc.text)) {
      const n = periodCount(m[1], m[2], m[3]);
      if (n !== null) push(m.index!, m.index! + m[0].length, periodValue(n, m[3]));
    }
    for (const m of execAll(RUN, doc.text)) {
      const n = countOf(m[1]);
      if (n !== undefined) push(m.index!, m.index! + m[0].length, periodValue(n, m[2]));
    }
    return out;
  },
};

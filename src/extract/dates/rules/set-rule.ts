/**
 * Recurrences (TimeML SET): "every week"/"weekly" → P1W, "every two days" → P2D,
 * "twice a day" → P1D, "15 a year", "per day" → P1Y, P1D, "every Monday" → XXXX-WXX-1.
 * "Daily" in "Daily News" is a name; "a day after the crash" is a length of time.
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { countOf, durationValue } from './duration-rule.ts';
import { execAll } from '../../shared/regex.ts';

const UNIT = `(${anyOf(Object.keys(lex.UNIT_WORDS))})`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EVERY = new RegExp(`(?<![\\w-])(?:every|each)\\s+(other\\s+)?(?:(\\d{1,3}|${anyOf(Object.keys(lex.NUMBER_WORDS))})\\s+)?(?:${UNIT}|(${anyOf(WEEKDAYS)})s?)(?![\\w])`, 'gi');
const TIMES = new RegExp(`(?<![\\w-])(?:once|twice|thrice|\\d{1,3}\\s+times)\\s+(?:a|an|per|each)\\s+${UNIT}(?![\\w])`, 'gi');
/** "15 a year", "$5 a day", "200 jets per year": a rate after a count, or "per" anywhere. */
const RATE = new RegExp(`(?:(?<=\\d[\\d,.]*\\s+(?:[a-z]+\\s+){0,2})(?:a|an)|(?<![\\w-])per)\\s+${UNIT}(?![\\w-])(?!\\s+(?:after|before|ago|earlier|later|of|old)\\b)`, 'g');
const ADVERB = new RegExp(`(?<![\\w-])${anyOf(Object.keys(lex.SET_ADVERBS))}(?![\\w-])`, 'g');

export const setRule: Rule<DateCandidate> = {
  id: 'date.set',
  description: 'A recurrence: "every week" → P1W, "twice a day" → P1D, "every Monday" → XXXX-WXX-1.',
  extract(doc) {
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, value: string): void => {
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.set', value, granularity: 'set', timexType: 'SET' }));
    };
    for (const m of execAll(EVERY, doc.text)) {
      const count = (m[2] ? countOf(m[2]) : 1) ?? 1;
      const n = count === 'X' ? 1 : count * (m[1] ? 2 : 1);
      if (m[4]) push(m.index!, m.index! + m[0].length, `XXXX-WXX-${WEEKDAYS.indexOf(m[4].toLowerCase()) || 7}`);
      else push(m.index!, m.index! + m[0].length, durationValue(n, lex.UNIT_WORDS[m[3].toLowerCase()]));
    }
    for (const m of execAll(TIMES, doc.text)) push(m.index!, m.index! + m[0].length, durationValue(1, lex.UNIT_WORDS[m[1].toLowerCase()]));
    for (const m of execAll(RATE, doc.text)) push(m.index!, m.index! + m[0].length, durationValue(1, lex.UNIT_WORDS[m[1].toLowerCase()]));
    for (const m of execAll(ADVERB, doc.text)) push(m.index!, m.index! + m[0].length, lex.SET_ADVERBS[m[0]]);
    return out;
  },
};

/**
 * Lengths of time of unknown size (TimeML): "for years" → PXY, "in minutes" → PTXM, "in recent
 * years", "over the years" → PXY, "a decades-long dispute" → PXY.
 * Not "after hours" (a market session), "the early hours of Sunday", "the minutes of the
 * meeting", "days of the week": no lead word before them.
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { durationValue } from './duration-rule.ts';
import { execAll } from '../../shared/regex.ts';

const UNITS = anyOf(lex.VAGUE_DURATION_UNITS);
const LED = new RegExp(`(?<![\\w-])(${anyOf(lex.VAGUE_DURATION_LEADS)})\\s+((?:${anyOf(lex.VAGUE_DURATION_MODIFIERS)})\\s+)?(${UNITS})(?![\\w-])(?!\\s+(?:ago|later|earlier|old)\\b)`, 'gi');
const LONG = new RegExp(`(?<![\\w-])(${UNITS})-long(?![\\w-])`, 'gi');

/** "over the years" keeps "the"; "in the years" is left alone (often "in the years after the crash"). */
export const modifierFits = (lead: string, modifier: string | undefined): boolean =>
  !modifier || modifier.trim().toLowerCase() !== 'the' || lead.toLowerCase() === 'over';

const valueOf = (unit: string): string => durationValue('X', lex.UNIT_WORDS[unit.toLowerCase()]);

export const vagueDurationRule: Rule<DateCandidate> = {
  id: 'date.vague-duration',
  description: 'A length of time of unknown size: "for years" → PXY, "in minutes" → PTXM, "decades-long" → PXY.',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, unit: string): void => {
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.vague-duration', value: valueOf(unit), granularity: 'duration', timexType: 'DURATION' }));
    };
    for (const m of execAll(LED, doc.text)) {
      if (!modifierFits(m[1], m[2])) continue;
      const end = m.index! + m[0].length;
      push(end - (m[2] ?? '').length - m[3].length, end, m[3]);
    }
    for (const m of execAll(LONG, doc.text)) push(m.index!, m.index! + m[0].length, m[1]);
    return out;
  },
};

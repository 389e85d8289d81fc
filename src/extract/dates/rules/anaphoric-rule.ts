/**
 * Anaphoric dates, counted from the last date said (resolve/anchor.ts), else from publication:
 * "the same day", "that year", "the previous year", "the following week"; "the year before" at
 * the end of a clause; "the day"/"the year" in a frame that makes them the story's period
 * ("ended the day down 31 points", "for the day", "late in the day", "the start of the year").
 * Not "the year before the crash" (counted from an event), "the day the ship sank", "during the day".
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll } from '../../shared/regex.ts';

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const PHRASE = new RegExp(`(?<![\\w-])${anyOf(Object.keys(lex.ANAPHORIC_PHRASES))}(?![\\w-])`, 'gi');
const CLAUSE_END = new RegExp(`(?<![\\w-])${anyOf(Object.keys(lex.ANAPHORIC_CLAUSE_END))}(?=\\s*(?:[.,;:!?)"”]|$))`, 'gi');
const UNIT = `the\\s+(${lex.PERIOD_FRAMES.units.join('|')})(?![\\w-])`;
const FRAMED_SPAN = new RegExp(`(?<![\\w-])${anyOf(lex.PERIOD_FRAMES.span)}\\s+${UNIT}`, 'gi');
const FRAMED = new RegExp(`(?<=(?<![\\w-])${anyOf(lex.PERIOD_FRAMES.context)}\\s+)${UNIT}`, 'gi');

/** The period of the story, counted from the last date said: "the day" → that day. */
const period = (unit: string): lex.RelativeSpec => {
  const u = key(unit) as lex.RelativeUnit;
  return { unit: u, n: 0, gran: u, from: 'anchor' };
};

export const anaphoricRule: Rule<DateCandidate> = {
  id: 'date.anaphoric',
  description: 'A date counted from the last date said: "the same day", "the previous year", "ended the day".',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    const push = (start: number, text: string, relative: lex.RelativeSpec): void => {
      out.push(makeCandidate(doc, start, start + text.length, { ruleId: 'date.anaphoric', relative, granularity: relative.gran === 'week' ? 'vague' : relative.gran }));
    };
    for (const m of execAll(PHRASE, doc.text)) push(m.index!, m[0], lex.ANAPHORIC_PHRASES[key(m[0])]);
    for (const m of execAll(CLAUSE_END, doc.text)) push(m.index!, m[0], lex.ANAPHORIC_CLAUSE_END[key(m[0])]);
    for (const m of execAll(FRAMED_SPAN, doc.text)) push(m.index!, m[0], period(m[1]));
    for (const m of execAll(FRAMED, doc.text)) push(m.index!, m[0], period(m[1]));
    return out;
  },
};

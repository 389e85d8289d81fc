/**
 * Decades and short years (TimeML): "the 1990s" → 199, "the '80s" → 198, "the 70s and 80s" →
 * 197, 198; "since '82" → 1982 (the century that puts it at or before publication).
 * Not "in their 70s" (an age), "the low 70s" (degrees), "'82" without a lead word ("'82 model").
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll } from '../../shared/regex.ts';

const FULL = /(?<![\w$'’-])(1[89]|20)(\d)0s(?![\w'’])/g;
const APOSTROPHE = /(?<![\w'’])['’](\d)0s(?![\w'’])/g;
const BARE = new RegExp(`(?<=(?<![\\w-])(?:the|and|or|to)\\s+)(\\d)0s(?![\\w'’-])(?!\\s*(?:degrees|°|%))`, 'gi');
const NOT_AFTER = new RegExp(`(?:^|\\W)${anyOf(lex.DECADE_NOT_AFTER)}[\\s-]+(?:\\w+\\s+)?$`, 'i');
const SHORT_YEAR = new RegExp(`(?<=(?<![\\w-])${anyOf(lex.SHORT_YEAR_LEADS)}\\s+)['’](\\d{2})(?![\\w'’%])`, 'gi');

/** The century of a two-digit year or decade: the latest one not after publication (19 with none). */
export function centuryOf(twoDigits: number, published: string | null): number {
  const pub = published ? Number(published.slice(0, 4)) : 1999;
  return 2000 + twoDigits <= pub ? 20 : 19;
}

export const decadeRule: Rule<DateCandidate> = {
  id: 'date.decade',
  description: 'Decades and short years: "the 1990s" → 199, "the \'80s" → 198, "since \'82" → 1982.',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    const push = (start: number, end: number, value: string, granularity: 'year' | 'vague'): void => {
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.decade', value, granularity, timexType: 'DATE' }));
    };
    for (const m of execAll(FULL, doc.text)) push(m.index!, m.index! + m[0].length, `${m[1]}${m[2]}`, 'vague');
    for (const m of execAll(APOSTROPHE, doc.text)) push(m.index!, m.index! + m[0].length, `${centuryOf(Number(m[1]) * 10, doc.published)}${m[1]}`, 'vague');
    for (const m of execAll(BARE, doc.text)) {
      if (NOT_AFTER.test(doc.text.slice(Math.max(0, m.index! - 25), m.index!))) continue;
      push(m.index!, m.index! + m[0].length, `${centuryOf(Number(m[1]) * 10, doc.published)}${m[1]}`, 'vague');
    }
    for (const m of execAll(SHORT_YEAR, doc.text)) push(m.index!, m.index! + m[0].length, `${centuryOf(Number(m[1]), doc.published)}${m[1]}`, 'year');
    return out;
  },
};

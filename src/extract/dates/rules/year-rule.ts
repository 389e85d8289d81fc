/**
 * A four-digit year in a date-ish context: "in 2019", "since 1998", "mid-2019", "from 2019 to 2021".
 * Not "2,000 tons", "Flight 1282", "Boeing 737", "$2019", "the 1990s", "of 2000 people".
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll, pluralNounAfter } from '../../shared/regex.ts';

const YEAR = '(\\d{4})(?![\\w%]|[.,]\\d|-\\d|[\'’]s)';
const PATTERN = new RegExp(`(?<![\\w$])${anyOf(lex.YEAR_CONTEXT_WORDS)}(?:\\s+|-)(?:the\\s+year\\s+)?${YEAR}`, 'gi');
const RANGE_TAIL = new RegExp(`^\\s*(?:and|to|through|until|-|–)\\s*${YEAR}`, 'i');
const FOLLOWERS = new Set<string>(lex.YEAR_FOLLOWERS);

const inRange = (y: number): boolean => y >= lex.YEAR_MIN && y <= lex.YEAR_MAX;

/**
 * A plural noun right after the number makes it a count ("a total of 2000 people"); a singular
 * word does not ("in 2009 out of London", "the 1991 agreement", "the 2008 model year").
 */
export function countsThings(after: string): boolean {
  const noun = pluralNounAfter(after);
  return noun !== null && !FOLLOWERS.has(noun);
}

export const yearRule: Rule<DateCandidate> = {
  id: 'date.year',
  description: 'A 4-digit year (1800–2100) after in/since/of/until/by…: "in 2019" → 2019.',
  extract(doc) {
    const out: DateCandidate[] = [];
    for (const m of execAll(PATTERN, doc.text)) {
      const year = Number(m[1]);
      const end = m.index! + m[0].length;
      const after = doc.text.slice(end);
      if (!inRange(year) || countsThings(after)) continue;
      out.push(makeCandidate(doc, end - 4, end, { ruleId: 'date.year', parts: { year }, granularity: 'year' }));
      const tail = RANGE_TAIL.exec(after);
      if (tail && inRange(Number(tail[1])) && !countsThings(after.slice(tail[0].length))) {
        const e2 = end + tail[0].length;
        out.push(makeCandidate(doc, e2 - 4, e2, { ruleId: 'date.year', parts: { year: Number(tail[1]) }, granularity: 'year' }));
      }
    }
    return out;
  },
};

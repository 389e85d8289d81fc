/**
 * Quarters: "the third quarter of 2009" → 2009-Q3, "the first quarter of last year" (year from
 * publication), "Q3 2009", "Q3" (the most recent, see resolve/quarter.ts).
 * A bare "the fourth quarter" / "third-quarter results" counts only beside a business word
 * (profit, sales, GDP…) in its sentence: in sports it is a period of play.
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { execAll } from '../../shared/regex.ts';

const YEAR_OFFSETS: Readonly<Record<string, number>> = { 'this year': 0, 'last year': -1, 'next year': 1 };
const OF_YEAR = `quarter\\s+of\\s+(\\d{4}|${anyOf(Object.keys(YEAR_OFFSETS))})(?!\\w)`;
const WORDED = new RegExp(`(?<![\\w-])(?:the\\s+)?(${anyOf(Object.keys(lex.QUARTER_WORDS))})[\\s-]+${OF_YEAR}`, 'gi');
const CODED = /(?<![\w-])Q([1-4])(?:\s+(\d{4}))?(?![\w-])/g;
const BARE = new RegExp(`(?<![\\w-])(?:the\\s+)?(${anyOf(Object.keys(lex.QUARTER_WORDS))})[\\s-]+quarter(?![\\w-]|\\s+of\\s+(?:\\d{4}|${anyOf(Object.keys(YEAR_OFFSETS))})(?!\\w))`, 'gi');
const BUSINESS = new RegExp(`\\b(?:${lex.QUARTER_BUSINESS_CUES.join('|')})\\b`);

/** "2009" → 2009; "last year" → the year before publication (undefined with no publication date). */
function yearOf(said: string, published: string | null): number | undefined {
  if (/^\d{4}$/.test(said)) return Number(said);
  const offset = YEAR_OFFSETS[said.toLowerCase().replace(/\s+/g, ' ')];
  return published ? Number(published.slice(0, 4)) + offset : undefined;
}

/** "the fourth quarter" with a business word in the same sentence. */
function bareQuarters(doc: Parameters<Rule<DateCandidate>['extract']>[0]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of execAll(BARE, doc.text)) {
    const s = doc.sentences[doc.sentenceAt(m.index!)];
    if (!s || !BUSINESS.test(doc.text.slice(s.start, s.end))) continue;
    const parts = { quarter: lex.QUARTER_WORDS[m[1].toLowerCase()] };
    out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, { ruleId: 'date.quarter', parts, granularity: 'quarter' }));
  }
  return out;
}

export const quarterRule: Rule<DateCandidate> = {
  id: 'date.quarter',
  description: 'A quarter: "the third quarter of 2009" → 2009-Q3; "Q3" → the most recent Q3.',
  extract(doc) {
    const out: DateCandidate[] = [];
    for (const m of execAll(WORDED, doc.text)) {
      const quarter = lex.QUARTER_WORDS[m[1].toLowerCase()];
      const year = yearOf(m[2], doc.published);
      const init = year === undefined ? { value: `XXXX-Q${quarter}` } : { parts: { quarter, year } };
      out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, { ruleId: 'date.quarter', granularity: 'quarter', ...init }));
    }
    for (const m of execAll(CODED, doc.text)) {
      const parts = m[2] ? { quarter: Number(m[1]), year: Number(m[2]) } : { quarter: Number(m[1]) };
      out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, { ruleId: 'date.quarter', parts, granularity: 'quarter' }));
    }
    return [...out, ...bareQuarters(doc)];
  },
};

/**
 * Quarters: "the third quarter of 2009" → 2009-Q3, "Q3 2009", "Q3" (year from publication).
 * A bare "the fourth quarter" / "third-quarter results" counts only beside a business word
 * (profit, sales, GDP…) in its sentence: in sports it is a period of play.
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';

const WORDED = new RegExp(`(?<![\\w-])(${anyOf(Object.keys(lex.QUARTER_WORDS))})[\\s-]+quarter\\s+of\\s+(\\d{4})(?!\\w)`, 'gi');
const CODED = /(?<![\w-])Q([1-4])(?:\s+(\d{4}))?(?![\w-])/g;
const BARE = new RegExp(`(?<![\\w-])(?:the\\s+)?(${anyOf(Object.keys(lex.QUARTER_WORDS))})[\\s-]+quarter(?![\\w-]|\\s+of\\s+\\d{4})`, 'gi');
const BUSINESS = new RegExp(`\\b(?:${lex.QUARTER_BUSINESS_CUES.join('|')})\\b`);

/** "the fourth quarter" with a business word in the same sentence. */
function bareQuarters(doc: Parameters<Rule<DateCandidate>['extract']>[0]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of doc.text.matchAll(BARE)) {
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
    for (const m of doc.text.matchAll(WORDED)) {
      const quarter = lex.QUARTER_WORDS[m[1].toLowerCase()];
      const parts = { quarter, year: Number(m[2]) };
      out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, { ruleId: 'date.quarter', parts, granularity: 'quarter' }));
    }
    for (const m of doc.text.matchAll(CODED)) {
      const parts = m[2] ? { quarter: Number(m[1]), year: Number(m[2]) } : { quarter: Number(m[1]) };
      out.push(makeCandidate(doc, m.index!, m.index! + m[0].length, { ruleId: 'date.quarter', parts, granularity: 'quarter' }));
    }
    return [...out, ...bareQuarters(doc)];
  },
};

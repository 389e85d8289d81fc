/**
 * Quarters: "the third quarter of 2009" → 2009-Q3, "Q3 2009", "Q3" (year from publication).
 * A bare "the second quarter" is left alone: in sports it is a period of play.
 */
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';

const WORDED = new RegExp(`(?<![\\w-])(${anyOf(Object.keys(lex.QUARTER_WORDS))})[\\s-]+quarter\\s+of\\s+(\\d{4})(?!\\w)`, 'gi');
const CODED = /(?<![\w-])Q([1-4])(?:\s+(\d{4}))?(?![\w-])/g;

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
    return out;
  },
};

/**
 * Drops a lone month glued to a capitalised word, as in a name: "April Ryan said", "Brian May",
 * "May Mobility". Kept after a date word or an article: "In December Soyuz…", "The December leak".
 */
import type { Refiner } from '../../types.ts';
import { MODIFIERS, YEAR_CONTEXT_WORDS } from '../../../lexicons/dates.ts';
import type { DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { isLoneMonth } from './ambiguous-month-word.ts';

const DATE_WORD_BEFORE = new RegExp(`(?:^|\\W)${anyOf([...YEAR_CONTEXT_WORDS, ...Object.keys(MODIFIERS), 'the', 'a', 'an', 'that', 'each', 'every'])}[\\s-]+$`, 'i');
const NAME_AFTER = /^ [A-Z][a-z]/;
const NAME_BEFORE = /[A-Z][a-z]+ $/;

export const dropMonthInName: Refiner<DateCandidate> = {
  id: 'date.drop-month-in-name',
  description: 'A lone month next to a capitalised word is part of a name: "April Ryan", "Brian May".',
  refine(mentions, doc) {
    return mentions.filter((c) => {
      if (!isLoneMonth(c) || c.modifier) return true;
      const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
      if (DATE_WORD_BEFORE.test(before)) return true;
      const after = doc.text.slice(c.end, c.end + 3);
      const sentenceStart = /(^|[.!?:"“]\s*|\n)$/.test(before);
      return !(NAME_AFTER.test(after) || (!sentenceStart && NAME_BEFORE.test(before)));
    });
  },
};

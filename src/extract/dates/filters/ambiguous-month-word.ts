/**
 * Drops a lone month that is a lower-case common word: "protesters march", "it may leak".
 * Month names are capitalised in English; "March 3" or "in May" stay.
 */
import type { Refiner } from '../../types.ts';
import { AMBIGUOUS_MONTH_WORDS } from '../../../lexicons/dates.ts';
import type { DateCandidate } from '../candidate.ts';

const WORDS = new Set<string>(AMBIGUOUS_MONTH_WORDS);

export const isLoneMonth = (c: DateCandidate): boolean =>
  c.parts.month !== undefined && c.parts.day === undefined && c.parts.year === undefined && c.parts.hour === undefined;

export const dropAmbiguousMonthWord: Refiner<DateCandidate> = {
  id: 'date.drop-month-word',
  description: 'A lone lower-case "march"/"may" is a verb, not a month.',
  refine(mentions) {
    return mentions.filter((c) => !(isLoneMonth(c) && WORDS.has(c.text.replace(/\.$/, '')) && c.text === c.text.toLowerCase()));
  },
};

/**
 * A month and day written without a year take the year of the same month written with one
 * earlier in the article: "the explosion of March 2014 … took place last March 12th" is
 * 2014-03-12, though "last March" read against a November 2015 publication date is March 2015.
 * Only a one-year disagreement is settled (the relative reading picked the neighbouring year);
 * times anchored to the re-dated day in its sentence move with it.
 */
import type { DateMention } from '../extract/types.ts';

const HAS_YEAR = /\b(?:1[89]|2\d)\d{2}\b/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

export function yearFromContext(dates: DateMention[]): DateMention[] {
  const moved = new Map<DateMention, string>();
  for (const d of dates) {
    if (d.granularity !== 'day' || HAS_YEAR.test(d.text) || !DAY.test(d.value)) continue;
    const named = dates.find(
      (e) => e.start < d.start && HAS_YEAR.test(e.text) && (e.granularity === 'month' || e.granularity === 'day') &&
        /^\d{4}-\d{2}/.test(e.value) && e.value.slice(5, 7) === d.value.slice(5, 7) && Math.abs(+e.value.slice(0, 4) - +d.value.slice(0, 4)) === 1,
    );
    if (named) moved.set(d, named.value.slice(0, 4));
  }
  if (moved.size === 0) return dates;
  return dates.map((x) => {
    const year = moved.get(x);
    if (year) return { ...x, value: year + x.value.slice(4) };
    const day = [...moved.keys()].find((d) => d.sentence === x.sentence && x.value.startsWith(d.value.slice(0, 10)) && x.value.length > 10);
    return day ? { ...x, value: moved.get(day)! + x.value.slice(4) } : x;
  });
}

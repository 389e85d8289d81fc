/**
 * Date and time extraction: parsers find expressions and state only what the words say;
 * refiners, in the order below, clean them up, resolve them against the publication date and
 * the dates said before them, and flag what does not add up. Like chrono's configuration, the
 * two lists below ARE the run order. No machine clock, no machine time zone.
 *
 * e.g. in a story published Monday 2023-02-13: "reported Saturday" → 2023-02-11,
 * "7:45 PM EST on Dec. 14" → 2022-12-14T19:45-05:00, "around 9 p.m." (after Dec. 14) → 2022-12-14T21:00.
 */
import type { ExtractDoc } from '../doc.ts';
import type { DateMention, Refiner, Rule } from '../types.ts';
import { toMention, type DateCandidate } from './candidate.ts';
import { dropAmbiguousMonthWord } from './filters/ambiguous-month-word.ts';
import { dropBareHour } from './filters/bare-hour.ts';
import { dropMonthInName } from './filters/month-in-name.ts';
import { dropSlashWithoutYear } from './filters/slash-without-year.ts';
import { dropWeekdayAbbreviation } from './filters/weekday-abbreviation.ts';
import { dropWeekdayInName } from './filters/weekday-in-name.ts';
import { dropUnresolved } from './refiners/drop-unresolved.ts';
import { extendApproximation } from './refiners/extend-approximation.ts';
import { extendModifier } from './refiners/extend-modifier.ts';
import { noteRangeEnd } from './refiners/range-end-note.ts';
import { removeOverlaps } from './refiners/remove-overlaps.ts';
import { trimSpan } from './refiners/trim-span.ts';
import { noteWeekdayContradiction } from './refiners/weekday-contradiction.ts';
import { resolveAnchored } from './resolve/anchor.ts';
import { resolveExplicit } from './resolve/explicit.ts';
import { resolveMonthRefiner } from './resolve/month.ts';
import { resolveMonthDayRefiner } from './resolve/month-day.ts';
import { resolveQuarterRefiner } from './resolve/quarter.ts';
import { resolveRelativeRefiner } from './resolve/relative.ts';
import { resolveWeekdayRefiner } from './resolve/weekday.ts';
import { anaphoricRule } from './rules/anaphoric-rule.ts';
import { chronoRule } from './rules/chrono-rule.ts';
import { decadeRule } from './rules/decade-rule.ts';
import { durationRule } from './rules/duration-rule.ts';
import { periodRule } from './rules/period-rule.ts';
import { quarterRule } from './rules/quarter-rule.ts';
import { seasonRule } from './rules/season-rule.ts';
import { setRule } from './rules/set-rule.ts';
import { vagueDurationRule } from './rules/vague-duration-rule.ts';
import { vagueRefRule } from './rules/vague-ref-rule.ts';
import { yearRule } from './rules/year-rule.ts';

export type { DateCandidate } from './candidate.ts';

/** Parsers: all run on the whole document; their order does not matter (overlaps are settled later). */
export const dateParsers: readonly Rule<DateCandidate>[] = [
  chronoRule, // chrono + our chrono parsers (see chrono/configuration.ts): "Dec. 14", "Saturday", "9: 45 PM EST", "yesterday"
  yearRule, // "in 2019", "mid-2019"
  quarterRule, // "the third quarter of 2009", "Q3"
  durationRule, // "for 10 hours", "three-day"
  periodRule, // "the past five days", "the past decade", "two consecutive quarters"
  vagueDurationRule, // "for years", "in minutes", "decades-long"
  setRule, // "every week", "weekly"
  vagueRefRule, // "currently", "recently", "in the future" → PRESENT_REF / PAST_REF / FUTURE_REF
  anaphoricRule, // "the same day", "the previous year", "ended the day": from the last date said
  decadeRule, // "the 1990s", "the '80s", "since '82"
  seasonRule, // "the fall of 2008", "last spring", "in the summer"
];

/** Refiners, in run order. */
export const dateRefiners: readonly Refiner<DateCandidate>[] = [
  // 1. Spans and false positives, on what the words say.
  trimSpan, // "on Saturday," → "Saturday"
  dropAmbiguousMonthWord, // "protesters march", "it may leak"
  dropMonthInName, // "April Ryan", "Brian May"
  dropWeekdayAbbreviation, // "the Sun reported"
  dropWeekdayInName, // "The Sunday Times"
  dropSlashWithoutYear, // "24/7"
  dropBareHour, // "at 5", "Chapter 11 at 10"
  extendModifier, // "last July", "early Thursday", "mid-2019": before overlaps, it widens spans
  extendApproximation, // "over six years", "nearly five months": widens duration spans
  removeOverlaps, // "two days ago" over "two days"
  // 2. Resolution against the publication date; each takes only mentions still without a value.
  resolveExplicit, // "February 11, 2023", "in 2019"
  resolveQuarterRefiner, // "Q3" → 2022-Q3
  resolveWeekdayRefiner, // "Saturday" → 2023-02-11 (past unless a future cue)
  resolveMonthDayRefiner, // "Dec. 14" → 2022-12-14
  resolveMonthRefiner, // "in December" → 2022-12, "last July" → 2022-07
  resolveRelativeRefiner, // "yesterday", "two days ago", "next week"
  // 3. Keep after every resolver above: reads the values of the mentions before it.
  resolveAnchored, // "around 9 p.m." → the day of the last date said; "a week earlier"
  // 4. Diagnostics and the last cut.
  noteRangeEnd, // "Dec. 14-16" → note range-end:2022-12-16
  noteWeekdayContradiction, // "Saturday, Feb. 12, 2023" → note weekday-contradiction
  dropUnresolved, // a bare time with no date before it
];

/** A TimeML vague reference ("now" → PRESENT_REF): a mention with no calendar value. */
export const isVagueDate = (m: DateMention): boolean => /^(?:PRESENT|PAST|FUTURE)_REF$/.test(m.value);

/** All date and time mentions of the document, sorted by start, without overlaps (vague references included). */
export function extractDates(doc: ExtractDoc): DateMention[] {
  let mentions = dateParsers.flatMap((p) => p.extract(doc));
  for (const r of dateRefiners) mentions = r.refine(mentions, doc);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end).map(toMention);
}

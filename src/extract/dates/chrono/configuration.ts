/**
 * Our chrono: English casual, with relative dates, durations and ranges taken out of chrono's
 * hands and three parsers and one refiner of ours added. The lists below are the run order.
 * chrono only tokenizes here: we read its *certain* components, never its implied ones, and
 * resolve against the publication date ourselves (see ../index.ts).
 */
import * as chrono from 'chrono-node';
import type { Parser, Refiner } from 'chrono-node';
import { militaryTimeParser } from './military-time-parser.ts';
import { relativeParser } from './relative-parser.ts';
import { spacedColonTimeParser } from './spaced-colon-time-parser.ts';
import { zoneRefiner } from './zone-refiner.ts';

/** chrono parsers we drop, by class name (a test checks each still exists in chrono). */
export const DROPPED_CHRONO_PARSERS: Readonly<Record<string, string>> = {
  ENTimeUnitWithinFormatParser: '"for 10 hours" is a duration: our duration rule',
  ENTimeUnitAgoFormatParser: '"two days ago": our relative parser, no reference-computed values',
  ENTimeUnitLaterFormatParser: '"two days later" counts from the last date said: our relative parser',
  ENTimeUnitCasualRelativeFormatParser: '"+2 days", "next 2 weeks": durations more than dates in news',
  ENCasualDateParser: '"yesterday", "tonight", "now": our relative parser',
  ENRelativeDateFormatParser: '"last month", "next week": our relative parser',
  ENEndOfCurrentMonthParser: '"end of this month": computed from the reference',
};

/** chrono refiners we drop or replace, by class name. */
export const DROPPED_CHRONO_REFINERS: Readonly<Record<string, string>> = {
  ExtractTimezoneAbbrRefiner: 'replaced by our zoneRefiner (our ZONES table, upper case only)',
  ENMergeDateRangeRefiner: '"Dec. 14 to Dec. 16" stays two mentions',
  ForwardDateRefiner: 'only acts with forwardDate, which we never set',
};

const base = chrono.casual.clone();
const name = (x: object): string => x.constructor.name;

/**
 * Parsers, in order: ours first, so on an equal span ("this morning") ours is kept by chrono's
 * overlap removal; then chrono's casual English parsers minus the dropped ones.
 */
export const CHRONO_PARSERS: readonly Parser[] = [
  relativeParser, // "yesterday", "two days ago", "a week earlier"
  spacedColonTimeParser, // "9: 45 PM"
  militaryTimeParser, // "0412 GMT"
  ...base.parsers.filter((p) => !(name(p) in DROPPED_CHRONO_PARSERS)),
];

/**
 * Refiners: chrono's casual list with ExtractTimezoneAbbrRefiner replaced in place by ours (it
 * must run between chrono's two date-time merges, so "7:45 PM EST on Dec. 14" becomes one).
 */
export const CHRONO_REFINERS: readonly Refiner[] = base.refiners.flatMap((r) =>
  name(r) === 'ExtractTimezoneAbbrRefiner' ? [zoneRefiner] : name(r) in DROPPED_CHRONO_REFINERS ? [] : [r],
);

export const dateChrono = new chrono.Chrono({ parsers: [...CHRONO_PARSERS], refiners: [...CHRONO_REFINERS] });

/** Names of chrono's casual configuration, for the test that guards the drop lists. */
export const chronoCasualNames = { parsers: base.parsers.map(name), refiners: base.refiners.map(name) };

/**
 * chrono's reference instant: fixed, whatever the publication date. It only steers chrono's
 * guesses, which we never read; mid-2000 (a leap year) lets "Feb. 29" through chrono's checks.
 */
export const CHRONO_REFERENCE = { instant: new Date(Date.UTC(2000, 6, 1, 12)), timezone: 0 };

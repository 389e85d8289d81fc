/**
 * When two dated statements can be about the same incident: each ISO value (year, month,
 * ISO week, weekend, day, datetime) is read as the interval of days it covers, and two values
 * are compatible when their intervals come within a tolerance of each other. A year covers
 * every date inside it; "last month" (2020-08) is not "this afternoon" (2020-09-28); two
 * engine shutdowns on Tuesday and Friday are two events.
 * Values with an unknown part (`XXXX-10-31`) say nothing and are left out by the callers.
 */

const DAY = 86_400_000;

/**
 * Days apart that still count as the same event. Two days: time zones and late-night events
 * ("June 16th" in one report is "Saturday, June 17" local time in another). Coarse values
 * ("last week", "in July") are looser in speech. An incident that goes on for days (a fire
 * still burning, a ship still aground) is recognised by its vehicle: `ongoing`.
 */
export const TOLERANCE_DAYS = { day: 1, week: 3, coarse: 1, ongoing: 14 } as const;

const isDayLevel = (v: string) => /^\d{4}-\d{2}-\d{2}/.test(v);

/**
 * The tolerance for comparing two values (an incident sharing a vehicle may go on for days).
 * Weeks and report-dated values are loose in speech ("last week's crash"); a month or a year
 * is its own interval ("last month" is not the 3rd of this month).
 */
export function toleranceFor(a: string, b: string, sameVehicle = false): number {
  if (sameVehicle) return TOLERANCE_DAYS.ongoing;
  if (isDayLevel(a) && isDayLevel(b)) return TOLERANCE_DAYS.day;
  const loose = (v: string) => /^\d{4}-W/.test(v) || v.startsWith('≤');
  return loose(a) || loose(b) ? TOLERANCE_DAYS.week : TOLERANCE_DAYS.coarse;
}

/** Days before a report that the reported event may have happened ("NASA reported Saturday"). */
export const REPORT_LAG_DAYS = 3;

/** The timing of an event known only from the day it was reported: "≤2023-02-11". */
export const reportedBy = (value: string) => `≤${value.slice(0, 10)}`;

/** First and last day (UTC ms) that an ISO value covers, or null when it cannot be placed. */
export function dayInterval(value: string): [number, number] | null {
  if (value.startsWith('≤')) {
    const d = dayInterval(value.slice(1));
    return d && [d[0] - REPORT_LAG_DAYS * DAY, d[1]];
  }
  let m = value.match(/^(\d{4})-W(\d{2})(-WE)?/);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2] - 1) * 7 * DAY;
    return m[3] ? [monday + 5 * DAY, monday + 6 * DAY] : [monday, monday + 6 * DAY];
  }
  m = value.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  const mo = +m[2] - 1;
  if (!m[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 0)];
  const d = Date.UTC(y, mo, +m[3]);
  return [d, d];
}

/** Days between the two intervals (0 when they overlap), or null when either cannot be placed. */
export function daysApart(a: string, b: string): number | null {
  const x = dayInterval(a);
  const y = dayInterval(b);
  if (!x || !y) return null;
  const gap = Math.max(x[0] - y[1], y[0] - x[1], 0);
  return gap / DAY;
}

/** Same incident as far as dates tell: within the tolerance (unplaceable values never clash). */
export function compatibleDates(a: string, b: string, sameVehicle = false): boolean {
  const gap = daysApart(a, b);
  return gap === null || gap <= toleranceFor(a, b, sameVehicle);
}

/** 0 for a day (or a day known from its report), 1 a week, 2 a month, 3 a year; finer is smaller. */
export function granularityRank(value: string): number {
  if (value.startsWith('≤') || isDayLevel(value)) return 0;
  if (/^\d{4}-W/.test(value)) return 1;
  return /^\d{4}-\d{2}/.test(value) ? 2 : 3;
}

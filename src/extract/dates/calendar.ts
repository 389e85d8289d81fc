/**
 * Calendar arithmetic on plain year-month-day values, in UTC only: no machine clock, no machine
 * time zone. e.g. addDays({ year: 2023, month: 2, day: 13 }, -2) → 2023-02-11.
 */

export interface YMD {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const utc = (d: YMD): number => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): YMD => {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
const DAY_MS = 86_400_000;

/** "2023-02-13" → { 2023, 2, 13 }; null when not a full date. */
export function parseYMD(s: string | null): YMD | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYMD = (d: YMD): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

export const addDays = (d: YMD, n: number): YMD => fromUtc(utc(d) + n * DAY_MS);

/** Whole days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: YMD, b: YMD): number => Math.round((utc(b) - utc(a)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export const weekdayOf = (d: YMD): number => new Date(utc(d)).getUTCDay();

/** Month arithmetic: addMonths(2023, 2, -2) → { year: 2022, month: 12 }. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12 + 12) % 12 + 1 };
}

/** Same day `n` years on; Feb. 29 becomes Feb. 28 in a common year. */
export function addYears(d: YMD, n: number): YMD {
  const year = d.year + n;
  const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  return { year, month: d.month, day: Math.min(d.day, last) };
}

/** ISO 8601 week: 2023-02-20 → { year: 2023, week: 8 }. */
export function isoWeek(d: YMD): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

export const formatIsoWeek = (d: YMD): string => {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};

/** True when the date exists (no Feb. 30). */
export const isValidYMD = (d: YMD): boolean => {
  const back = fromUtc(utc(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
};

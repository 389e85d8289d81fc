/**
 * Publication dates → `YYYY-MM-DD`. The calendar date is taken as written: "2023-02-13T23:30-05:00"
 * is 2023-02-13 even though it is the 14th in UTC (never go through `Date`, which shifts zones).
 */

export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME = '(?:(?:,|\\s+at|\\s*-)?\\s+\\d{1,2}(?:[:.]\\d{2}){1,2}(?:\\.\\d+)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[a-z]{1,5}|[+-]\\d{2}:?\\d{2}))?)?';

/** Date shapes: each regex captures year, month, day (by name in `order`). */
const SHAPES: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'mdy' | 'dmy' }> = [
  // 2023-02-13, 2023-02-13T10:00:00Z, 2023-02-13 10:00:00+01:00
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i, order: 'ymd' },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: 'ymd' },
  // Feb. 13, 2023 · Monday, February 13th, 2023 at 9:45 am EST
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i'), order: 'mdy' },
  // 13 February 2023 · Mon, 13 Feb 2023 10:00:00 GMT
  { re: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i'), order: 'dmy' },
];

/** `YYYY-MM-DD` when the whole string is one date (optionally with weekday and time), else null. */
export function normalizePublishedDate(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const { re, order } of SHAPES) {
    const m = re.exec(text);
    if (m) return ymdFromParts(m.slice(1, 4), order);
  }
  return null;
}

/** The first date written anywhere in a line ("PUBLISHED: 13:05 EST, 13 February 2023 | …"). */
export function findDateIn(line: string): string | null {
  const patterns: Array<[RegExp, 'ymd' | 'mdy' | 'dmy']> = [
    [/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, 'ymd'],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), 'mdy'],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), 'dmy'],
  ];
  for (const [re, order] of patterns) {
    const m = re.exec(line);
    const ymd = m ? ymdFromParts(m.slice(1, 4), order) : null;
    if (ymd) return ymd;
  }
  return null;
}

/** A date in a URL path: /2021/03/04/, /2021-03-04/, or a compact /20230213/ segment. */
export function dateFromUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const shapes = [/\/(\d{4})\/(\d{2})\/(\d{2})(?:\/|$)/, /\/(\d{4})-(\d{2})-(\d{2})(?:[/\-_]|$)/, /\/(\d{4})(\d{2})(\d{2})(?:\/|$)/];
  for (const re of shapes) {
    const m = re.exec(path);
    const ymd = m ? ymdFromParts(m.slice(1, 4), 'ymd') : null;
    if (ymd) return ymd;
  }
  return null;
}

function ymdFromParts(parts: string[], order: 'ymd' | 'mdy' | 'dmy'): string | null {
  const [a, b, c] = parts;
  const [y, m, d] = order === 'ymd' ? [a, b, c] : order === 'mdy' ? [c, a, b] : [c, b, a];
  return validYmd(Number(y), monthNumber(m), Number(d));
}

function monthNumber(token: string): number {
  return /^\d+$/.test(token) ? Number(token) : (MONTHS[token.toLowerCase().replace(/\.$/, '')] ?? 0);
}

/** Calendar check (leap years included); years outside 1900–2099 are taken for ids, not dates. */
export function validYmd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Occurrence dates compared by granularity: a month and a day inside it agree; two days one
 * apart agree too (time zones, "late Tuesday" against "early Wednesday"); two days weeks apart
 * cannot both hold. Values with no year ("XXXX-12-14") or only a weekday say nothing here.
 */

export type Granularity = 'year' | 'month' | 'day';

/** A calendar value known to a granularity: `2026-03`, `2026-03-10`. */
export interface DayValue {
  value: string;
  gran: Granularity;
  /** First and last day it can mean, as days since the epoch (computed once). */
  from?: number;
  to?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** The calendar part of an ISO value, or null when it has no year or is a week/duration. */
export function dayValue(value: string): DayValue | null {
  if (/^\d{4}-W/.test(value) || value.startsWith('P')) return null;
  const m = value.match(ISO);
  if (!m) return null;
  const d: DayValue = m[3] ? { value: `${m[1]}-${m[2]}-${m[3]}`, gran: 'day' } : m[2] ? { value: `${m[1]}-${m[2]}`, gran: 'month' } : { value: m[1], gran: 'year' };
  [d.from, d.to] = span(d);
  return d;
}

/** Distinct calendar values, sorted. */
export function dayValues(values: string[]): DayValue[] {
  const out = new Map<string, DayValue>();
  for (const v of values) {
    const d = dayValue(v);
    if (d) out.set(d.value, d);
  }
  return [...out.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

const DAY_MS = 86_400_000;

/** First and last day (as epoch days) a value can mean. */
export function span(d: DayValue): [number, number] {
  if (d.from !== undefined && d.to !== undefined) return [d.from, d.to];
  const [y, m, day] = d.value.split('-').map(Number);
  if (d.gran === 'day') {
    const t = Date.UTC(y, m - 1, day) / DAY_MS;
    return [t, t];
  }
  if (d.gran === 'month') return [Date.UTC(y, m - 1, 1) / DAY_MS, Date.UTC(y, m, 0) / DAY_MS];
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
}

/** Days between two values' spans (0 when they overlap). */
export function gapDays(a: DayValue, b: DayValue): number {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return Math.max(0, b0 - a1, a0 - b1);
}

const coarser = (a: Granularity, b: Granularity): Granularity => (a === 'year' || b === 'year' ? 'year' : a === 'month' || b === 'month' ? 'month' : 'day');

export type DateRelation =
  | { kind: 'none' }
  | { kind: 'agree'; gran: Granularity; a: DayValue; b: DayValue }
  | { kind: 'apart'; days: number; a: DayValue; b: DayValue };

/**
 * The best-agreeing pair of two incidents' occurrence dates: agreement at the finest granularity
 * both state (a day within one day counts as the day), else the closest pair and its gap.
 */
export function dateRelation(as: DayValue[], bs: DayValue[]): DateRelation {
  let best: DateRelation = { kind: 'none' };
  const rank = { year: 1, month: 2, day: 3 } as const;
  let closest: { days: number; a: DayValue; b: DayValue } | null = null;
  for (const a of as) {
    for (const b of bs) {
      const gap = gapDays(a, b);
      const agrees = gap === 0 || (gap <= 1 && a.gran === 'day' && b.gran === 'day');
      if (agrees) {
        const gran = coarser(a.gran, b.gran);
        if (best.kind !== 'agree' || rank[gran] > rank[best.gran]) best = { kind: 'agree', gran, a, b };
      } else if (!closest || gap < closest.days) closest = { days: gap, a, b };
    }
  }
  if (best.kind === 'agree' || !closest) return best;
  return { kind: 'apart', ...closest };
}

/** Epoch days of the YYYY-MM-DD values seen: publication dates are compared for every pair scored, and a corpus has few distinct ones. */
const epochDays = new Map<string, number>();

function epochDay(v: string): number {
  let d = epochDays.get(v);
  if (d === undefined) {
    d = span({ value: v, gran: 'day' })[0];
    if (epochDays.size >= 100_000) epochDays.clear(); // bounded; only a cache
    epochDays.set(v, d);
  }
  return d;
}

/** Days from `a` to `b` (YYYY-MM-DD), positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:?\d{2})$/;

/** Minutes since the epoch of a zoned datetime, or null. */
function instant(v: string): number | null {
  const m = v.match(ZONED);
  if (!m) return null;
  const [d, t] = m[1].split('T');
  const [y, mo, day] = d.split('-').map(Number);
  const [h, mi] = t.split(':').map(Number);
  const z = m[2] === 'Z' ? 0 : (m[2][0] === '-' ? -1 : 1) * (Number(m[2].slice(1, 3)) * 60 + Number(m[2].slice(-2)));
  return Date.UTC(y, mo - 1, day, h, mi) / 60_000 - z;
}

/** The value without its zone: the wall-clock part as written. */
const local = (v: string) => v.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '');

/**
 * Two date values can both hold: equal instants when both are zoned times, otherwise the less
 * specific is a prefix of the more specific ("2026-03" and "2026-03-10T04:12"). Values with no
 * year ("XXXX-12-14") agree with a full value that has the same month and day.
 */
export function consistentValues(a: string, b: string): boolean {
  const ia = instant(a);
  const ib = instant(b);
  if (ia !== null && ib !== null) return ia === ib;
  const [x, y] = [local(a), local(b)].map((v) => v.replace(/^XXXX/, '????'));
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return [...short].every((ch, i) => ch === '?' || long[i] === '?' || ch === long[i]);
}

/** Higher is more specific: year 4 < month 7 < day 10 < minute 16 (the wall-clock length). */
export function specificity(v: string): number {
  return local(v).length;
}

/**
 * The occurrence dates that belong to the incident itself. An article that tells a fresh
 * incident sometimes lets the date of an older one (told in passing) into it; when a main
 * incident's dates fall into groups more than `gapDays` apart, the freshest group not after
 * publication is kept: news is about what just happened. Background incidents keep all.
 */
export function coreDates(dates: DayValue[], main: boolean, published: string | null, gap: number): DayValue[] {
  if (!main || dates.length < 2) return dates;
  const sorted = [...dates].sort((a, b) => span(a)[0] - span(b)[0] || (a.value < b.value ? -1 : 1));
  const groups: DayValue[][] = [[sorted[0]]];
  for (const d of sorted.slice(1)) {
    const last = groups[groups.length - 1];
    if (gapDays(last[last.length - 1], d) > gap) groups.push([d]);
    else last.push(d);
  }
  if (groups.length === 1) return dates;
  const limit = published ? span({ value: published, gran: 'day' })[0] + 1 : Infinity;
  const fresh = groups.filter((g) => span(g[0])[0] <= limit);
  return (fresh.length ? fresh[fresh.length - 1] : groups[0]).sort((a, b) => (a.value < b.value ? -1 : 1));
}

const YEARLESS = /^XXXX-(\d{2})(?:-(\d{2}))?/;

/**
 * The month and day of a value written without its year ("XXXX-01", "XXXX-12-14"): an article
 * with no publication date says "on January 30" and the year stays unknown. Null otherwise.
 */
export function yearlessValue(value: string): string | null {
  const m = value.match(YEARLESS);
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : null;
}

/** Distinct yearless values ("01", "12-14"), sorted. */
export function yearlessValues(values: string[]): string[] {
  return [...new Set(values.map(yearlessValue).filter((v): v is string => v !== null))].sort();
}

/** A yearless value placed in a year: that year's span, the value still written as the article gave it. */
const inYear = (md: string, year: number): DayValue => ({ ...dayValue(`${year}-${md}`)!, value: `XXXX-${md}` });

/**
 * How dates compare when one side (or both) knows only month and day: the unknown year is the
 * one that brings the two closest (the other side's year, the one before or after), so
 * "January" against 8 October 2011 is still 85 days apart whatever the year, and "30 December"
 * agrees with 31 December of any year. Years alone on the full side say nothing (none is used).
 */
export function yearlessRelation(as: DayValue[], aYearless: string[], bs: DayValue[], bYearless: string[]): DateRelation {
  if (as.length && bs.length) return dateRelation(as, bs);
  const fix = (full: DayValue[], yearless: string[], other: DayValue[], otherYearless: string[]): [DayValue[], DayValue[]] | null => {
    if (full.length || !yearless.length) return null;
    const anchors = other.filter((d) => d.gran !== 'year');
    if (anchors.length) {
      const years = [...new Set(anchors.flatMap((d) => [Number(d.value.slice(0, 4)) - 1, Number(d.value.slice(0, 4)), Number(d.value.slice(0, 4)) + 1]))];
      return [yearless.flatMap((md) => years.map((y) => inYear(md, y))), anchors];
    }
    if (other.length || !otherYearless.length) return null;
    // both yearless: one side in a leap year, the other in that year and its neighbours
    return [yearless.flatMap((md) => [1999, 2000, 2001].map((y) => inYear(md, y))), otherYearless.map((md) => inYear(md, 2000))];
  };
  const fa = fix(as, aYearless, bs, bYearless);
  if (fa) return dateRelation(fa[0], fa[1]);
  const fb = fix(bs, bYearless, as, aYearless);
  if (fb) return dateRelation(fb[1], fb[0]);
  return dateRelation(as, bs);
}

/**
 * An incident's occurrence values with each yearless one ("XXXX-11-10") placed in the year that
 * brings it closest to the incident's own dated values (day or month; a bare year is too often
 * another event's to anchor anything): "November 10" beside "14 November 2011" is 2011-11-10,
 * "30 December" beside "2 January 2009" is 2008-12-30. Without an anchor the value stays yearless.
 */
export function placeYearless(values: string[]): string[] {
  const anchors = dayValues(values).filter((d) => d.gran !== 'year');
  if (!anchors.length) return values;
  return values.map((v) => {
    const md = yearlessValue(v);
    if (md === null) return v;
    let best: { gap: number; value: string } | null = null;
    for (const a of anchors) {
      const y = Number(a.value.slice(0, 4));
      for (const year of [y - 1, y, y + 1]) {
        const gap = gapDays(inYear(md, year), a);
        if (!best || gap < best.gap) best = { gap, value: `${year}-${md}` };
      }
    }
    return best!.value;
  });
}

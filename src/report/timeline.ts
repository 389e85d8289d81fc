/**
 * Where a reconciled incident sits in time: its occurrence date (the preferred `occurred`
 * value, or the only one), read as a position on a day axis. Partial values keep their
 * granularity (`2025` is the year, drawn at its first day and labelled as the year); values
 * with no known year (`XXXX-12-14`) or that are not dates (`PT10H`) are undated, never guessed.
 */
import type { ReconciledIncident } from '../schema/index.ts';

export interface TimePoint {
  /** Days since 1970-01-01 (UTC) of the first day the value covers. */
  day: number;
  granularity: 'year' | 'month' | 'week' | 'day' | 'time';
}

const DAY_MS = 86_400_000;

/** ISO week `YYYY-Www` → its Monday. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  const jan4Weekday = (new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - jan4Weekday + (week - 1) * 7;
}

const PATTERNS: { re: RegExp; read: (m: RegExpMatchArray) => TimePoint | null }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/, read: (m) => day(+m[1], +m[2], +m[3], 'time') },
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => day(+m[1], +m[2], +m[3], 'day') },
  { re: /^(\d{4})-W(\d{2})$/, read: (m) => (+m[2] >= 1 && +m[2] <= 53 ? { day: isoWeekMonday(+m[1], +m[2]), granularity: 'week' } : null) },
  { re: /^(\d{4})-(\d{2})$/, read: (m) => day(+m[1], +m[2], 1, 'month') },
  { re: /^(\d{4})$/, read: (m) => day(+m[1], 1, 1, 'year') },
];

function day(y: number, mo: number, d: number, granularity: TimePoint['granularity']): TimePoint | null {
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return { day: t / DAY_MS, granularity };
}

/** An ISO 8601 date value (partial allowed) as a time point, or null when it has no year. */
export function timePoint(value: string): TimePoint | null {
  for (const p of PATTERNS) {
    const m = value.match(p.re);
    if (m) return p.read(m);
  }
  return null;
}

const GRANULARITY_RANK: Record<TimePoint['granularity'], number> = { year: 0, month: 1, week: 2, day: 3, time: 4 };
const specificity = (value: string) => {
  const p = timePoint(value);
  return p ? GRANULARITY_RANK[p.granularity] : -1;
};

/**
 * The occurrence date value of a reconciled incident: the one marked preferred when sources
 * disagree; otherwise the values agree (`2022-12` and `2022-12-14T19:45`), so the most specific.
 */
export function occurrence(incident: ReconciledIncident): string | null {
  const occurred = incident.dates.filter((d) => d.role === 'occurred');
  const preferred = occurred.find((d) => d.preferred);
  if (preferred) return preferred.value;
  let best: string | null = null;
  for (const d of occurred) if (best === null || specificity(d.value) > specificity(best)) best = d.value;
  return best;
}

export interface TimelineEntry {
  incident: ReconciledIncident;
  value: string | null;
  point: TimePoint | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Dated first, then values with no year (`XXXX-12-14`), then incidents with no occurrence date. */
const rank = (e: TimelineEntry) => (e.point ? 0 : e.value ? 1 : 2);

/** Incidents in time order; undated ones last; ties by value, then id. */
export function timeline(incidents: readonly ReconciledIncident[]): TimelineEntry[] {
  return incidents
    .map((incident) => {
      const value = occurrence(incident);
      return { incident, value, point: value ? timePoint(value) : null };
    })
    .sort((a, b) => rank(a) - rank(b) || (a.point && b.point ? a.point.day - b.point.day : 0) || cmp(a.value ?? '', b.value ?? '') || cmp(a.incident.id, b.incident.id));
}

/** 1970-based day number → `YYYY-MM-DD`. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

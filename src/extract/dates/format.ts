/**
 * ISO 8601 values from resolved parts, partial when a part is unknown.
 * e.g. dayValue({ month: 12, day: 14 }) + timeSuffix({ hour: 19, minute: 45, offset: -300 })
 *      → "XXXX-12-14T19:45-05:00".
 */
import type { Granularity } from '../types.ts';
import { pad, type YMD } from './calendar.ts';
import type { DateCandidate, DateParts } from './candidate.ts';

export const dayValue = (d: Partial<YMD>): string =>
  `${d.year !== undefined ? pad(d.year, 4) : 'XXXX'}-${d.month !== undefined ? pad(d.month) : 'XX'}-${d.day !== undefined ? pad(d.day) : 'XX'}`;

export const monthValue = (d: { year?: number; month: number }): string =>
  `${d.year !== undefined ? pad(d.year, 4) : 'XXXX'}-${pad(d.month)}`;

/** -300 → "-05:00", 330 → "+05:30", 0 → "+00:00". */
export function offsetValue(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "T19:45-05:00", "T14:20" for local time or no zone, "" without a time. */
export function timeSuffix(p: DateParts): string {
  if (p.hour === undefined) return '';
  const zone = typeof p.offset === 'number' ? offsetValue(p.offset) : '';
  return `T${pad(p.hour)}:${pad(p.minute ?? 0)}${zone}`;
}

/** Rule id for a mention that carries a time: the zone decides. */
export function timeRuleId(p: DateParts): string {
  if (typeof p.offset === 'number') return 'date.time-zone';
  return p.offset === 'local' ? 'date.time-local' : 'date.time';
}

/**
 * Gives a candidate its value. A candidate with a time gets the time appended, granularity
 * `time`, type TIME and a `date.time-*` rule id whatever date rule resolved its day.
 */
export function settle(c: DateCandidate, dateValue: string, granularity: Granularity, ruleId: string): DateCandidate {
  if (c.parts.hour === undefined) return { ...c, value: dateValue, granularity, timexType: 'DATE', ruleId };
  return { ...c, value: dateValue + timeSuffix(c.parts), granularity: 'time', timexType: 'TIME', ruleId: timeRuleId(c.parts) };
}

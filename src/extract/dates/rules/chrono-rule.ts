/**
 * Runs our chrono over each sentence (segment) and keeps, per result, only what the words state.
 * e.g. "began around 7:45 PM EST on Dec. 14" → "7:45 PM EST on Dec. 14",
 *      parts { month: 12, day: 14, hour: 19, minute: 45, offset: -300 }.
 */
import type { Component, ParsedComponents, ParsedResult } from 'chrono-node';
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import { makeCandidate, type DateCandidate, type DateParts } from '../candidate.ts';
import { CHRONO_REFERENCE, dateChrono } from '../chrono/configuration.ts';
import { readRelativeTag } from '../chrono/relative-parser.ts';
import { LOCAL_TIME_TAG } from '../chrono/zone-refiner.ts';
import { segments } from '../segments.ts';

const KNOWN: [keyof DateParts, Component][] = [
  ['year', 'year'], ['month', 'month'], ['day', 'day'], ['weekday', 'weekday'], ['hour', 'hour'], ['minute', 'minute'],
];

/** The certain components only; chrono's implied values are its guesses. */
export function certainParts(c: ParsedComponents): DateParts {
  const parts: DateParts = {};
  for (const [key, comp] of KNOWN) if (c.isCertain(comp)) parts[key] = c.get(comp) as number;
  if (c.isCertain('timezoneOffset')) parts.offset = c.get('timezoneOffset') as number;
  else if (c.tags().has(LOCAL_TIME_TAG)) parts.offset = 'local';
  return parts;
}

export function fromChrono(doc: ExtractDoc, base: number, r: ParsedResult): DateCandidate | null {
  const parts = certainParts(r.start);
  const relative = readRelativeTag(r.start.tags());
  const weekdayOnly = parts.weekday !== undefined && parts.day === undefined;
  if (weekdayOnly && /\bweekdays?\b/i.test(r.text)) return null;
  if (!relative && Object.keys(parts).length === 0) return null;
  if (!relative && Object.keys(parts).every((k) => k === 'offset')) return null;
  const start = base + r.index;
  return makeCandidate(doc, start, start + r.text.length, {
    ruleId: 'date.chrono', parts, relative,
    endParts: r.end ? certainParts(r.end) : undefined,
    weekend: weekdayOnly && /\bweekend\b/i.test(r.text),
  });
}

export const chronoRule: Rule<DateCandidate> = {
  id: 'date.chrono',
  description: 'chrono (with our parsers) over each sentence: "7:45 PM EST on Dec. 14", "Saturday", "yesterday".',
  extract(doc) {
    const out: DateCandidate[] = [];
    for (const g of segments(doc)) {
      for (const r of dateChrono.parse(doc.text.slice(g.start, g.end), CHRONO_REFERENCE)) {
        const c = fromChrono(doc, g.start, r);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

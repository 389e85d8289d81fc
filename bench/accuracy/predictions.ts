/** What every system (ours and the peers) hands to the scorer, per article. */
import type { TokenSpan } from './detok.ts';

export type Span = TokenSpan;

/** The part of an article a system reads: rebuilt text, gold sentences, publication date. */
export interface BenchDoc {
  id: string;
  corpus: string;
  text: string;
  sentences: Span[];
  dct: string;
}

export interface DatePrediction extends Span {
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The system's own granularity, when it states one ("part-of-day"). */
  granularity?: string;
}

/** A predicted entity: its mention spans (one entity per distinct person). */
export interface EntityPrediction {
  name: string;
  mentions: Span[];
}

export interface Predictions {
  dates?: DatePrediction[];
  people?: EntityPrediction[];
  organizations?: Span[];
  locations?: Span[];
  vehicles?: Span[];
  /** Calls the system threw on (its output for that sentence is empty). */
  failures?: number;
}

export type SystemName = 'ours' | 'chrono' | 'compromiseDates' | 'compromise';

/** Which tasks each system is scored on (what it covers). */
export const COVERS: Record<SystemName, (keyof Predictions)[]> = {
  ours: ['dates', 'people', 'organizations', 'locations', 'vehicles'],
  chrono: ['dates'],
  compromiseDates: ['dates'],
  compromise: ['people', 'organizations', 'locations'],
};

/** Drops trailing punctuation and spaces a peer includes in its match ("on Dec. 14." → "on Dec. 14"). */
export function trimSpan(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && /[\s,;:!?]/.test(text[e - 1])) e--;
  if (e > start && text[e - 1] === '.' && !/\b(?:\p{L}\.)+$|\b[A-Z][a-z]{1,3}\.$/u.test(text.slice(start, e))) e--;
  let s = start;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: e };
}

/**
 * The extraction contract, after chrono's parsers-and-refiners design:
 * a rule reads the document and returns mentions (each with its span and rule id);
 * refiners take all mentions of a kind and return fewer or better ones.
 * Rules never decide which incident a mention belongs to: that is the assemble stage.
 */
import type { VehicleKind } from '../schema/index.ts';
import type { ExtractDoc } from './doc.ts';

export type FactKind =
  | 'vehicle'
  | 'date'
  | 'person'
  | 'organization'
  | 'location'
  | 'cause'
  | 'consequence'
  | 'trigger';

interface MentionBase {
  kind: FactKind;
  /** Offsets into the cleaned text. */
  start: number;
  end: number;
  /** `doc.text.slice(start, end)`. */
  text: string;
  /** Stable id of the rule that produced it, e.g. `vehicle.designation`. */
  ruleId: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

export interface VehicleMention extends MentionBase {
  kind: 'vehicle';
  /** Canonical name ("Progress MS-29", "Alaska Airlines Flight 1282"), or the generic phrase. */
  name: string;
  vehicleKind: VehicleKind;
  /** Family from the lexicon ("Progress", "Boeing 737"), when known. */
  family?: string;
  operator?: string;
  /** True for "the cargo ship", "the vessel": refers to a named vehicle, resolved later. */
  generic: boolean;
  /** For a generic mention, the index of the named mention it was resolved to. */
  refersTo?: number;
}

export type Granularity = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'part-of-day' | 'time' | 'duration' | 'set' | 'vague';

export interface DateMention extends MentionBase {
  kind: 'date';
  /** ISO 8601 value, partial allowed ("XXXX-12-14"), durations ("PT10H", "P2M"). */
  value: string;
  granularity: Granularity;
  /** TimeML-like type, for benchmarks: DATE, TIME, DURATION, SET. */
  timexType: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** Diagnostics the rule raised (e.g. weekday contradicts the date). */
  notes?: string[];
}

export interface PersonMention extends MentionBase {
  kind: 'person';
  name: string;
  role?: string;
  affiliation?: string;
  /** True when the person is outside the story: a byline, a photo credit, a press contact. */
  excluded?: string;
}

export interface NamedMention extends MentionBase {
  kind: 'organization' | 'location';
  name: string;
}

export interface ClauseMention extends MentionBase {
  kind: 'cause' | 'consequence';
  /** The clause, trimmed ("a tiny meteoroid that left a small hole in the radiator"). */
  clause: string;
  /** Class of cue ("cancellation", "injury", "unknown-cause"). */
  cue: string;
}

/** A word or phrase that says an incident happened ("leaked", "derailed", "the incident"). */
export interface TriggerMention extends MentionBase {
  kind: 'trigger';
  /** Incident type label ("leak", "derailment"), or null for a bare "the incident". */
  type: string | null;
  /** "a similar incident", "last year's crash": the trigger introduces another incident. */
  background?: boolean;
}

export type Mention =
  | VehicleMention
  | DateMention
  | PersonMention
  | NamedMention
  | ClauseMention
  | TriggerMention;

export interface Rule<M extends Mention = Mention> {
  id: string;
  /** One line: what it matches, with an example. */
  description: string;
  extract(doc: ExtractDoc): M[];
}

export interface Refiner<M extends Mention = Mention> {
  id: string;
  description: string;
  refine(mentions: M[], doc: ExtractDoc): M[];
}

/**
 * What the thread walk needs to know of one sentence: its triggers, the vehicles and people it
 * names (by key), the paragraph it sits in, the occurrence dates that govern its incident
 * statement, and its cues ("a similar incident" → distinct; "years ago" → past; "the explosion"
 * → a definite reference back to a known incident).
 */
import { pastTimeCues } from '../lexicons/incidents.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { Mentions } from '../extract/index.ts';
import type { DateMention, TriggerMention } from '../extract/types.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';
import { dateRole, TRIP_PHASES } from './dates.ts';
import { reportedBy } from './timing.ts';

export interface SentenceFacts {
  triggers: TriggerMention[];
  vehicles: string[];
  /** Keys of vehicles named outright here (not through "the aircraft"). */
  named: string[];
  people: string[];
  dates: DateMention[];
  /** Block index: a background passage ends with its paragraph. */
  paragraph: number;
  /** Occurrence values that date the sentence's incident statement (empty when undated). */
  days: string[];
  /** "a similar incident", "another blast": the statement is about another incident. */
  distinct: boolean;
  /** "three years ago", "last year's crash": the statement is about the past. */
  past: boolean;
  /** Every typed trigger is a definite noun ("the explosion", "Sunday's crash"): it refers back. */
  definite: boolean;
}

const pastRe = new RegExp(pastTimeCues.join('|'), 'i');

/** Values that can be placed in time (no unknown year, month or day). */
const placeable = (v: string) => /^\d{4}/.test(v) && !v.includes('X');

/**
 * The occurrence dates that govern an incident statement: a date opening the sentence ("In
 * May, a train derailed…") governs it all; otherwise the occurrence date nearest a typed
 * trigger (or anaphor: "a similar incident in December"). Dates of other events are left
 * out; a sentence dated only by its report gives the days just before that report.
 */
export function statementDays(doc: ExtractDoc, dates: DateMention[], triggers: TriggerMention[]): string[] {
  const typedOnly = triggers.filter((t) => t.type !== null);
  const typed = typedOnly.length ? typedOnly : triggers;
  if (typed.length === 0) return [];
  const placed = dates.filter((d) => placeable(d.value)).map((d) => ({ d, ...dateRole(doc, d, true) }));
  // a step of the trip in a sentence that states the incident is when it happened ("the Nov. 15 landing")
  const occurred = placed.filter((x) => x.role === 'occurred' || (x.event && TRIP_PHASES.has(x.event))).map((x) => x.d);
  if (occurred.length === 0) {
    // "…had leaked coolant, NASA reported Saturday": fresh news is dated by its report
    const reported = placed.find((x) => x.role === 'reported');
    return reported ? [reportedBy(reported.d.value)] : [];
  }
  const s = doc.sentences[typed[0].sentence];
  const opening = occurred.find((d) => /^\W*(?:\w+\W+){0,3}$/.test(doc.text.slice(s.start, d.start)));
  if (opening) return [opening.value];
  const gap = (d: DateMention) => Math.min(...typed.map((t) => (d.start >= t.end ? d.start - t.end : Math.max(0, t.start - d.end))));
  const nearest = occurred.reduce((a, b) => (gap(b) < gap(a) ? b : a));
  return [nearest.value];
}

/** Determiners that make a noun trigger point back to an incident already told. */
const DEFINITE_BEFORE = /(?:\b(?:the|this|that|its|their|his|her)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$/i;
const VERBAL = /(?:ed|ing)$/i;

/** "the deadly explosion", "Sunday's crash": a definite noun phrase, not a new event. */
export function isDefiniteReference(doc: ExtractDoc, t: TriggerMention): boolean {
  if (VERBAL.test(t.text) || /\s/.test(t.text)) return false;
  const s = doc.sentences[t.sentence];
  const before = doc.text.slice(Math.max(s.start, t.start - 40), t.start);
  if (!DEFINITE_BEFORE.test(before)) return false;
  const np = before.match(DEFINITE_BEFORE)![0];
  return !/\d/.test(np.replace(/^['’]s/, ''));
}

/** Gathers per sentence what the walk looks at. */
export function sentenceFacts(doc: ExtractDoc, m: Mentions, personKey: (name: string) => string): SentenceFacts[] {
  const out: SentenceFacts[] = doc.sentences.map((s) => ({
    triggers: [], vehicles: [], named: [], people: [], dates: [], paragraph: s.block, days: [], distinct: false, past: false, definite: false,
  }));
  for (const t of m.triggers) out[t.sentence].triggers.push(t);
  m.vehicles.forEach((v) => {
    const named = v.generic ? (v.refersTo !== undefined ? m.vehicles[v.refersTo] : undefined) : v;
    // A generic resolved forward ("That lander … Falcon 9") is too weak to move the walk.
    if (named && named.start <= v.start) out[v.sentence].vehicles.push(vehicleKey(named.name));
    if (!v.generic) out[v.sentence].named.push(vehicleKey(v.name));
  });
  for (const p of m.people) if (!p.excluded) out[p.sentence].people.push(personKey(p.name));
  for (const d of m.dates) if (d.timexType === 'DATE' || d.timexType === 'TIME') out[d.sentence].dates.push(d);
  out.forEach((f, i) => {
    const typed = f.triggers.filter((t) => t.type !== null);
    f.days = statementDays(doc, f.dates, f.triggers);
    f.distinct = f.triggers.some((t) => t.background);
    f.past = f.triggers.length > 0 && pastRe.test(doc.sentenceText(i));
    f.definite = typed.length > 0 && typed.every((t) => isDefiniteReference(doc, t));
  });
  return out;
}

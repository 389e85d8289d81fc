/**
 * What each date in an incident is the date of: `occurred`, `reported` or `other` (with the
 * event: launch, docking, planned…). Cue words are data (src/lexicons/date-roles.ts).
 */
import { entryStampAfter, eventCues, postStampBefore, eventCuesAfter, futureDeictics, newsCycleDeictics, reportingVerbs, timestampLines } from '../lexicons/date-roles.ts';
import type { DateFact, DateRole } from '../schema/index.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { DateMention } from '../extract/types.ts';
import { alternation } from '../extract/shared/regex.ts';
import { toSpan, uniqueSpans } from './spans.ts';
import { compatibleDates, dayInterval } from './timing.ts';

const reportRe = new RegExp(String.raw`\b(?:${alternation(reportingVerbs)})\b`, 'i');
const reportRightBefore = new RegExp(String.raw`\b(?:${alternation(reportingVerbs)})\s+(?:on\s+|late\s+|early\s+)?$`, 'i');
const reportRightAfter = new RegExp(String.raw`^,?\s+(?:\w+\s+){0,4}?(?:${alternation(reportingVerbs)})\b`, 'i');
// the cue and the date in one clause: "pictured here in 2019, sank on Tuesday" is no photo date
const events = eventCues.map((c) => ({ event: c.event, re: new RegExp(String.raw`\b(?:${c.pattern})\b(?:\s+[^\s,;]+){0,5}\s*$`, 'i') }));
const eventsAfter = eventCuesAfter.map((c) => ({ event: c.event, re: new RegExp(String.raw`^,?\s+(?:${c.pattern})\b`, 'i') }));

const timestampRe = new RegExp(String.raw`^\s*(?:${timestampLines.join('|')})`, 'u');

/** A byline or "Published:" line, or a line that is nothing but a date: it stamps the article. */
export function isTimestampLine(doc: ExtractDoc, sentence: number, dates: DateMention[]): boolean {
  const text = doc.sentenceText(sentence);
  if (timestampRe.test(text)) return true;
  const s = doc.sentences[sentence];
  const rest = dates.filter((d) => d.sentence === sentence).reduce((t, d) => t.slice(0, d.start - s.start) + ' '.repeat(d.end - d.start) + t.slice(d.end - s.start), text);
  return /\d/.test(text) && !/\p{L}{2,}/u.test(rest);
}

const deicticRe = new RegExp(String.raw`^(?:${alternation(newsCycleDeictics)})$`, 'i');
const futureRe = new RegExp(String.raw`^(?:${alternation(futureDeictics)})$`, 'i');
const stampAfterRe = new RegExp(entryStampAfter);

const postBeforeRe = new RegExp(postStampBefore);

/** "9:05 a.m. EDT — Roscosmos says…", "— Jo Reyes (@joreyes) December 1, 2013": a live-blog entry's or an embedded post's stamp. */
export function isEntryStamp(doc: ExtractDoc, d: DateMention): boolean {
  const block = doc.blockOf(d.sentence);
  if (postBeforeRe.test(doc.text.slice(Math.max(block.start, d.start - 40), d.start))) return true;
  return doc.text.slice(block.start, d.start).trim() === '' && stampAfterRe.test(doc.text.slice(d.end, d.end + 4));
}

/**
 * A date worth a fact of the incident: one that places it at least to a month (not "Friday"
 * or "yesterday" when the publication date is unknown: `XXXX-WXX-5`), and not a news-cycle
 * deictic that dates the reporting ("said today", "a press conference this afternoon") or
 * nothing in particular ("tomorrow, commuters should…"). A deictic that dates the incident or
 * a step of its story ("Tomorrow marks the anniversary", "she died yesterday") stays.
 */
export function keepsDate(text: string, value: string, role: DateRole, event?: string): boolean {
  if (/^XXXX(?:-(?:XX|W))?/.test(value) && !/^XXXX-\d\d/.test(value)) return false;
  if (!deicticRe.test(text.trim())) return true;
  if (role === 'occurred') return !futureRe.test(text.trim());
  return role === 'other' && !!event && !REPORTING_EVENTS.has(event);
}

/** Events that are the news cycle itself. */
const REPORTING_EVENTS = new Set(['findings', 'planned']);

/** A clock time with no day of its own: "at about 7:40 p.m.", "0412 GMT", "6.15am". */
const BARE_TIME = /^(?:(?:at|around|about|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)|before|after)\s+)*(?:\d{3,4}|\d{1,2}(?:[:.]\s?\d{2})?)\s*(?:[ap]\.?\s?m\.?)?(?:\s+(?:local\s+time|[A-Z]{2,4}))?$/i;

/**
 * A bare clock time in a sentence that states the incident and gives no date of its own is on
 * the incident's day: the extract stage could only put it on the publication day ("The blaze
 * started at about 7:40 p.m." in Tuesday's report of Monday's fire is Monday, 19:40).
 */
export function onIncidentDay(d: DateMention, all: DateMention[], anchors: string[], states: boolean): DateMention {
  const days = [...new Set(anchors.filter((a) => /^\d{4}-\d{2}-\d{2}/.test(a)).map((a) => a.slice(0, 10)))];
  if (!states || days.length !== 1 || d.timexType !== 'TIME' || !BARE_TIME.test(d.text.trim())) return d;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(d.value) || d.value.startsWith(days[0])) return d;
  if (all.some((o) => o !== d && o.sentence === d.sentence && o.timexType === 'DATE')) return d;
  return { ...d, value: days[0] + d.value.slice(10) };
}

export interface RoleGuess {
  role: DateRole;
  event?: string;
}

/** Role of one date from the words around it and whether its sentence states the incident. */
export function dateRole(doc: ExtractDoc, d: DateMention, statesIncident: boolean): RoleGuess {
  const s = doc.sentences[d.sentence];
  const before = doc.text.slice(s.start, d.start);
  const after = doc.text.slice(d.end, s.end);
  const near = before.slice(-45);
  const ev = events.find((e) => e.re.test(near)) ?? eventsAfter.find((e) => e.re.test(after));
  if (ev && !/^(?:planned)$/.test(ev.event)) return { role: 'other', event: ev.event };
  if (reportRightBefore.test(before) || (!statesIncident && reportRightAfter.test(after))) return { role: 'reported' };
  if (statesIncident) return ev ? { role: 'other', event: ev.event } : { role: 'occurred' };
  // a clock time is when something happened, not when "officials said" it
  if (reportRe.test(doc.sentenceText(d.sentence)) && d.timexType !== 'TIME') return { role: 'reported' };
  return ev ? { role: 'other', event: ev.event } : { role: 'other' };
}

/** Steps of a vehicle's trip: on the day of the incident they are part of it ("landed hard at 21:47"). */
export const TRIP_PHASES = new Set(['launch', 'docking', 'undocking', 'landing']);

/**
 * The role checked against the incident's own dates (`anchors`, the dates of its statements):
 * an "occurred" date that does not fit them is another step ("the evacuation was lifted Jan.
 * 1"); a trip phase or a clock time that fits them is the incident ("landed at 21:47 UTC").
 * Without anchors the cue-based guess stands.
 */
export function checkRole(g: RoleGuess, d: DateMention, anchors: string[]): RoleGuess {
  const placeable = /^\d{4}/.test(d.value) && !d.value.includes('X');
  if (anchors.length === 0 || !placeable) return g;
  const fits = anchors.some((a) => compatibleDates(a, d.value));
  if (g.role === 'occurred' && !fits) return { role: 'other' };
  if (g.role === 'other' && g.event && TRIP_PHASES.has(g.event) && fits) return { role: 'occurred' };
  return g;
}

/** Events that may come before the incident: a vehicle's service history ("built in 2005"). */
const BEFORE_EVENTS = new Set(['service history']);

/**
 * A date that ended more than a year before the incident began is the background of the story,
 * not a step of it ("the terminal opened in 1907", "in 2012, 81 people were killed at
 * crossings"): the steps of an incident's story (a death, a lawsuit, a report) follow it, and
 * the ones that lead up to it come within months (a driver's medical check "in July", a fine
 * "in April"). A vehicle's service history ("built in 2005") is kept however old. Without
 * anchors nothing is known.
 */
export function precedesIncident(g: RoleGuess, d: DateMention, anchors: string[]): boolean {
  if (g.role === 'occurred' || (g.event && BEFORE_EVENTS.has(g.event))) return false;
  const own = /^\d{4}/.test(d.value) && !d.value.includes('X') ? dayInterval(d.value) : null;
  const starts = anchors.map(dayInterval).filter((x): x is [number, number] => x !== null).map((x) => x[0]);
  if (!own || starts.length === 0) return false;
  return own[1] < Math.min(...starts) - HISTORY_DAYS * DAY_MS;
}

const DAY_MS = 86_400_000;

/** How long before the incident a dated step still leads up to it. */
export const HISTORY_DAYS = 365;

interface Guessed {
  m: DateMention;
  g: RoleGuess;
  states: boolean;
}

/**
 * An incident with no `occurred` date but a `reported` one in a sentence that states it
 * ("…had leaked coolant, NASA reported Saturday") is dated to that report: news of a fresh
 * incident comes the day it happens. The README documents this rule.
 */
export function promoteReported(gs: Guessed[]): Guessed[] {
  if (gs.some((x) => x.g.role === 'occurred')) return gs;
  const first = gs.find((x) => x.g.role === 'reported' && x.states);
  return gs.map((x) => (first && x.m.value === first.m.value && x.g.role === 'reported' ? { ...x, g: { role: 'occurred' } } : x));
}

export function incidentDates(
  doc: ExtractDoc,
  dates: DateMention[],
  inThread: (sentence: number) => boolean,
  states: (sentence: number) => boolean,
  anchors: string[] = [],
): DateFact[] {
  const mine = dates
    .filter((d) => inThread(d.sentence) && (d.timexType === 'DATE' || d.timexType === 'TIME') && !isTimestampLine(doc, d.sentence, dates) && !isEntryStamp(doc, d))
    .map((d) => onIncidentDay(d, dates, anchors, states(d.sentence)));
  const guessed = promoteReported(mine.map((m) => ({ m, g: checkRole(dateRole(doc, m, states(m.sentence)), m, anchors), states: states(m.sentence) })));
  const facts = new Map<string, DateFact>();
  for (const { m, g } of guessed) {
    if (!keepsDate(m.text, m.value, g.role, g.event) || precedesIncident(g, m, anchors)) continue;
    const key = `${m.text.toLowerCase()}|${m.value}|${g.role}|${g.event ?? ''}`;
    const f = facts.get(key);
    if (f) {
      f.evidence = uniqueSpans([...f.evidence, toSpan(m)]);
      continue;
    }
    const fact: DateFact = { text: m.text, value: m.value, role: g.role, evidence: [toSpan(m)], ruleId: m.ruleId };
    if (g.event) fact.event = g.event;
    facts.set(key, fact);
  }
  return [...facts.values()];
}

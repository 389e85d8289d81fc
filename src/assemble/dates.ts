/**
 * What each date in an incident is the date of: `occurred`, `reported` or `other` (with the
 * event: launch, docking, planned…). Cue words are data (src/lexicons/date-roles.ts).
 */
import { eventCues, eventCuesAfter, reportingVerbs } from '../lexicons/date-roles.ts';
import type { DateFact, DateRole } from '../schema/index.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { DateMention } from '../extract/types.ts';
import { alternation } from '../extract/shared/regex.ts';
import { toSpan, uniqueSpans } from './spans.ts';

const reportRe = new RegExp(String.raw`\b(?:${alternation(reportingVerbs)})\b`, 'i');
const reportRightBefore = new RegExp(String.raw`\b(?:${alternation(reportingVerbs)})\s+(?:on\s+|late\s+|early\s+)?$`, 'i');
const reportRightAfter = new RegExp(String.raw`^,?\s+(?:\w+\s+){0,4}?(?:${alternation(reportingVerbs)})\b`, 'i');
// the cue and the date in one clause: "pictured here in 2019, sank on Tuesday" is no photo date
const events = eventCues.map((c) => ({ event: c.event, re: new RegExp(String.raw`\b(?:${c.pattern})\b(?:\s+[^\s,;]+){0,5}\s*$`, 'i') }));
const eventsAfter = eventCuesAfter.map((c) => ({ event: c.event, re: new RegExp(String.raw`^,?\s+(?:${c.pattern})\b`, 'i') }));

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
  if (reportRe.test(doc.sentenceText(d.sentence))) return { role: 'reported' };
  return ev ? { role: 'other', event: ev.event } : { role: 'other' };
}

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
): DateFact[] {
  const mine = dates.filter((d) => inThread(d.sentence) && (d.timexType === 'DATE' || d.timexType === 'TIME'));
  const guessed = promoteReported(mine.map((m) => ({ m, g: dateRole(doc, m, states(m.sentence)), states: states(m.sentence) })));
  const facts = new Map<string, DateFact>();
  for (const { m, g } of guessed) {
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

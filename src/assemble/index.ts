/**
 * assemble: from an article's mentions to its incidents. Decides how many incidents the
 * article tells (threads.ts), then gathers each one's facts from its own sentences only, so
 * facts of a background incident never leak into the main one.
 */
import type { ClauseFact, Incident } from '../schema/index.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { Mentions } from '../extract/index.ts';
import type { ClauseMention, TriggerMention } from '../extract/types.ts';
import { groupLocations } from '../extract/locations/index.ts';
import { groupOrganizations } from '../extract/organizations/index.ts';
import { groupPeople } from '../extract/people/index.ts';
import { causeConditions } from '../lexicons/causes.ts';
import { consequenceCues } from '../lexicons/consequences.ts';
import { contentWords } from '../eval/match.ts';
import { incidentDates } from './dates.ts';
import { incidentNamed, incidentPeople, rollCallSentences } from './named.ts';
import { asideOrgs } from './orgs.ts';
import { asidePlaces } from './places.ts';
import { yearFromContext } from './year-context.ts';
import { slug, toSpan, uniqueSpans } from './spans.ts';
import { anchorDays, findThreads, sentenceFacts, type Thread } from './threads.ts';
import { incidentType, sameType } from './type.ts';
import { firstStatingThread, incidentVehicles } from './vehicles.ts';

/**
 * Connectives that explain anything ("because she is married to…"): their cause counts only in
 * a sentence that also tells the incident (a trigger, "the crash", or a consequence).
 */
const LOOSE_CAUSES = new Set(['because']);

/** Consequence classes: a restatement ("four dead" in the headline, "killing four" later) is one fact. */
const CONSEQUENCE_CLASSES = new Set(consequenceCues.map((c) => c.cue));

/** Cause classes stated without a connective: one fact per class and incident. */
const CONDITION_CLASSES = new Set(causeConditions.map((c) => c.cue));

export function assembleIncidents(doc: ExtractDoc, found: Mentions): Incident[] {
  const m: Mentions = { ...found, dates: yearFromContext(found.dates) };
  const people = groupPeople(m.people.filter((p) => !p.excluded));
  const personOf = new Map<string, string>();
  for (const g of people) for (const x of g.mentions) personOf.set(x.name, g.name);
  const asideOrg = asideOrgs(doc.text, m.organizations, m.vehicles);
  const organizations = groupOrganizations(m.organizations.filter((o) => !asideOrg.has(o)));
  const aside = asidePlaces(doc.text, m.locations, m.people);
  const locations = groupLocations(m.locations.filter((l) => !aside.has(l)));
  const facts = sentenceFacts(doc, m, (n) => personOf.get(n) ?? n);
  const threads = findThreads(doc, facts);
  const stating = new Set<number>([...m.triggers.map((x) => x.sentence), ...[...m.causes, ...m.consequences].map((c) => c.sentence)]);
  const statesOf = threads.map((t) => {
    const inThread = membership(t);
    return (s: number) => inThread(s) && (stating.has(s) || doc.isHeading(s));
  });
  const vehicleThread = firstStatingThread(m.vehicles, statesOf);
  const rollCall = rollCallSentences(m.people, (s) => stating.has(s));
  const tied = new Set<number>([...m.triggers.map((x) => x.sentence), ...m.consequences.map((c) => c.sentence)]);

  const incidents = threads.map((t, k) => {
    const inThread = membership(t);
    const states = statesOf[k];
    const typed = new Set(t.triggers.filter((x) => x.type).map((x) => x.sentence));
    const type = incidentType(doc, t.triggers);
    const notTheIncident = (c: ClauseMention) => !statesIncidentItself(c, t.triggers, type) && (!LOOSE_CAUSES.has(c.cue) || tied.has(c.sentence));
    const inc: Incident = {
      id: '',
      type,
      mention: t.background ? 'background' : 'main',
      summary: '',
      vehicles: incidentVehicles(doc, m.vehicles, inThread, states, (s) => typed.has(s), (key) => (vehicleThread.get(key) ?? k) === k),
      // a heading or caption with no trigger ("Pet project: … his run in April 2013") dates nothing
      dates: incidentDates(doc, m.dates, inThread, (s) => inThread(s) && stating.has(s), anchorDays(t).filter((d) => !d.startsWith('≤'))),
      people: incidentPeople(people, (s) => inThread(s) && !rollCall.has(s)),
      organizations: incidentNamed(organizations, inThread),
      locations: incidentNamed(locations, inThread),
      causes: clauses(m.causes.filter(notTheIncident), inThread, CONDITION_CLASSES),
      consequences: clauses(bodyFirst(doc, m.consequences.filter((c) => !isOwnType(c, type))), inThread, CONSEQUENCE_CLASSES, MAX_CONSEQUENCES_PER_CLASS),
    };
    return inc;
  });
  return nameIncidents(incidents);
}

/**
 * A strike "cause" that is the incident's own statement ("when the destroyer collided with a
 * container ship", "as a fire hit a footwear factory") says what happened, not why: it holds
 * a trigger of exactly the incident's type. "after it hit a backhoe" stays a cause of a
 * derailment, "after it collided with a seawall" a cause of a crash.
 */
export function statesIncidentItself(c: ClauseMention, triggers: TriggerMention[], type: string): boolean {
  if (c.cue !== 'strike') return false;
  return triggers.some((t) => t.type !== null && t.start >= c.start && t.end <= c.end && sameType(t.type, type));
}

/** "A fire broke out aboard the tanker" is what a fire incident is, not what followed it. */
export function isOwnType(c: ClauseMention, type: string): boolean {
  return sameType(c.cue, type);
}

function membership(t: Thread): (s: number) => boolean {
  const set = new Set(t.sentences);
  return (s) => set.has(s);
}

/**
 * Clause facts of the incident; the same clause text said twice is one fact with two spans.
 * A cause or consequence of a class in `oneOfClass` restated in other words joins the fact it
 * restates (a third of its content words shared): the lede's "gusting crosswinds" and a later
 * "the gusts" are one cause; "four passengers died" and "left four passengers dead" one
 * consequence. A class gives at most `maxPerClass` distinct facts: a long story's further
 * statements of one kind are details of those (left out, so every span states its fact).
 */
export function clauses(ms: ClauseMention[], inThread: (s: number) => boolean, oneOfClass: Set<string> = new Set(), maxPerClass = MAX_PER_CLASS): ClauseFact[] {
  const byText = new Map<string, ClauseFact & { cue: string }>();
  for (const c of ms) {
    if (!inThread(c.sentence)) continue;
    const key = c.clause.toLowerCase();
    const mine = [...byText.values()].filter((f) => f.cue === c.cue);
    const same = byText.get(key) ?? (oneOfClass.has(c.cue) ? restated(c, mine) : undefined);
    if (same) same.evidence = uniqueSpans([...same.evidence, toSpan(c)]);
    else if (!oneOfClass.has(c.cue) || mine.length < maxPerClass) byText.set(key, { text: c.clause, evidence: [toSpan(c)], ruleId: c.ruleId, cue: c.cue });
  }
  return [...byText.values()].map(({ cue: _, ...f }) => f);
}

/** Headlines and captions restate the body in fewer words: the body's statement names a fact. */
export function bodyFirst<T extends { sentence: number }>(doc: ExtractDoc, ms: T[]): T[] {
  return [...ms.filter((c) => !doc.isHeading(c.sentence)), ...ms.filter((c) => doc.isHeading(c.sentence))];
}

const MAX_PER_CLASS = 2;
const MAX_CONSEQUENCES_PER_CLASS = 3;
const RESTATED_SHARE = 1 / 3;

/** The fact of its class (`mine`) that a clause restates. */
function restated(c: ClauseMention, mine: ClauseFact[]): ClauseFact | undefined {
  const words = new Set(contentWords(c.clause));
  const share = (f: ClauseFact) => {
    const w = new Set(contentWords(f.text));
    return [...w].filter((x) => words.has(x)).length / Math.max(1, Math.min(w.size, words.size));
  };
  return mine.find((f) => share(f) >= RESTATED_SHARE);
}

/** Stable ids from content ("coolant-leak-progress-ms-29-2023-02-11") and one-line summaries. */
export function nameIncidents(incidents: Incident[]): Incident[] {
  const used = new Map<string, number>();
  return incidents.map((inc) => {
    const occurred = mostSpecificOccurred(inc);
    const what = inc.vehicles[0]?.name ?? inc.locations[0]?.name ?? 'unnamed';
    const base = slug([inc.type, what, occurred ?? 'undated'].join(' '));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...inc, id: n === 1 ? base : `${base}-${n}`, summary: summarize(inc, occurred) };
  });
}

/** The occurrence date at the finest granularity the incident states (a day beats a month). */
export function mostSpecificOccurred(inc: Incident): string | undefined {
  const days = inc.dates.filter((d) => d.role === 'occurred').map((d) => d.value.slice(0, 10));
  return days.reduce<string | undefined>((best, d) => (!best || d.length > best.length ? d : best), undefined);
}

export function summarize(inc: Incident, occurred: string | undefined): string {
  const type = inc.type.charAt(0).toUpperCase() + inc.type.slice(1);
  const parts = [type];
  if (inc.vehicles.length) parts.push(`involving ${inc.vehicles.map((v) => v.name).join(' and ')}`);
  if (inc.locations.length) parts.push(`at ${inc.locations[0].name}`);
  if (occurred) parts.push(`on ${occurred}`);
  return `${parts.join(' ')}.`;
}

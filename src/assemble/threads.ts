/**
 * How many incidents an article reports, and which sentences tell which.
 *
 * A walk over the sentences. The first incident statement (a typed trigger) opens the main
 * incident; sentences before it (headline, lede) belong to it. Each later statement joins the
 * first of these that it fits: the incident that owns a vehicle or person it names, the
 * current incident, any other incident its date fits. It fits an incident when its governing
 * occurrence date is compatible with that incident's dates (timing.ts), it has no cue of a
 * separate incident ("a similar incident", "another blast") against the current one, and its
 * past-time cue ("years ago") does not clash with a fresh incident. A statement that fits none
 * opens a background incident, unless it is a definite reference back ("the explosion took
 * place…"), which stays where it is. Other sentences follow the incident that owns a vehicle
 * or person they name, else the current one; a new paragraph goes where its dates fit, and an
 * undated one after a background passage goes back to the main incident.
 */
import { opensIncident } from '../extract/triggers/index.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { TriggerMention } from '../extract/types.ts';
import type { SentenceFacts } from './statement.ts';
import { compatibleDates, daysApart, granularityRank } from './timing.ts';

export { sentenceFacts, type SentenceFacts } from './statement.ts';

export interface Thread {
  /** Sentence indexes, ascending. */
  sentences: number[];
  triggers: TriggerMention[];
  /** Not the article's main incident. */
  background: boolean;
  /** Vehicle keys first named in this thread (it owns them). */
  vehicles: Set<string>;
  people: Set<string>;
  /** Occurrence values of the statements it holds. */
  days: string[];
}

/** An incident reported within this many days of publication is fresh news. */
const FRESH_DAYS = 31;

function newThread(background: boolean): Thread {
  return { sentences: [], triggers: [], background, vehicles: new Set(), people: new Set(), days: [] };
}

/**
 * The thread's finest dates: once it has a day, "in 2025" said later no longer widens it to the
 * whole year ("It was the second derailment in 2025. In May, a grain train derailed…").
 */
export function anchorDays(thread: Thread): string[] {
  const finest = Math.min(...thread.days.map(granularityRank));
  return thread.days.filter((d) => granularityRank(d) === finest);
}

/** Some statement date fits some anchor date of the thread (an undated side always fits). */
export function fitsDates(thread: Thread, f: Pick<SentenceFacts, 'days' | 'vehicles'>): boolean {
  if (f.days.length === 0 || thread.days.length === 0) return true;
  const shared = f.vehicles.some((v) => thread.vehicles.has(v));
  const anchors = anchorDays(thread);
  return f.days.some((d) => anchors.some((t) => compatibleDates(d, t, shared)));
}

/** The thread is dated within a month of publication. */
export function isFresh(thread: Thread, published: string | null): boolean {
  return !!published && thread.days.some((d) => (daysApart(d, published) ?? Infinity) <= FRESH_DAYS);
}

/**
 * The thread owning a vehicle or person the sentence names; the current one wins ties. A
 * generic reference ("the aircraft") keeps the walk in the current thread but never pulls it
 * to another: resolved across a passage, it most often points at the wrong vehicle.
 */
export function ownerOf(threads: Thread[], current: Thread | undefined, f: SentenceFacts): Thread | undefined {
  const owns = (t: Thread, keys: string[]) => keys.some((v) => t.vehicles.has(v)) || f.people.some((p) => t.people.has(p));
  return current && owns(current, f.vehicles) ? current : threads.find((t) => owns(t, f.named));
}

/** Whether an incident statement can be about the thread. */
export function statementFits(t: Thread, current: Thread | undefined, f: SentenceFacts, published: string | null): boolean {
  if (!fitsDates(t, f)) return false;
  if (f.distinct && t === current) return false;
  if (f.past && f.days.length === 0 && isFresh(t, published)) return false;
  return true;
}

/** The thread an incident statement joins, or undefined for a new background incident. */
export function threadForStatement(threads: Thread[], current: Thread, f: SentenceFacts, published: string | null): Thread | undefined {
  const known = ownerOf(threads, current, f);
  const fits = (t: Thread) => statementFits(t, current, f, published);
  if (known && fits(known)) return known;
  if (fits(current)) return current;
  const dated = threads.find((t) => t !== current && f.days.length > 0 && t.days.length > 0 && fits(t));
  if (dated) return dated;
  if (f.definite && !f.distinct) return known ?? current;
  return undefined;
}

/** The sentence's placeable date values, whatever their role. */
const sentenceDays = (f: SentenceFacts) => f.dates.map((d) => d.value).filter((v) => /^\d{4}/.test(v) && !v.includes('X'));

/**
 * Where a new paragraph starts when it states no incident. Dates decide first: a paragraph
 * dated to another incident goes to it ("The spacewalk on Dec. 14 was canceled" after a
 * passage about the December leak). An undated paragraph after a background passage goes back
 * to the main incident: background passages are short.
 */
export function paragraphThread(threads: Thread[], current: Thread, f: SentenceFacts): Thread {
  const days = sentenceDays(f);
  if (days.length > 0) {
    const dated = { ...f, days };
    const fitting = threads.filter((t) => t.days.length > 0 && fitsDates(t, dated));
    if (fitting.includes(current) || (fitting.length === 0 && !current.background)) return current;
    if (fitting.length > 0) return fitting[0];
  }
  return current.background ? threads[0] : current;
}

const headingDaysOf = new WeakMap<Thread, string[]>();
function headingDays(t: Thread): string[] {
  let d = headingDaysOf.get(t);
  if (!d) headingDaysOf.set(t, (d = []));
  return d;
}

const isStatement = (f: SentenceFacts) => f.triggers.some(opensIncident);

/** Splits the article's sentences into incident threads (possibly none). */
export function findThreads(doc: ExtractDoc, facts: SentenceFacts[]): Thread[] {
  const threads: Thread[] = [];
  let current: Thread | undefined;
  const pending: number[] = [];

  facts.forEach((f, i) => {
    const newParagraph = i > 0 && f.paragraph !== facts[i - 1].paragraph;
    let target: Thread | undefined;
    if (isStatement(f)) {
      if (current?.background && newParagraph && !f.distinct) current = paragraphThread(threads, current, f);
      target = current ? (threadForStatement(threads, current, f, doc.published) ?? newThread(true)) : newThread(false);
    } else target = ownerOf(threads, current, f) ?? (current && newParagraph ? paragraphThread(threads, current, f) : current);
    if (!target) {
      pending.push(i);
      return;
    }
    if (!threads.includes(target)) threads.push(target);
    if (threads.length === 1 && pending.length) target.sentences.push(...pending.splice(0));
    current = target;
    target.sentences.push(i);
    target.triggers.push(...f.triggers);
    for (const v of f.vehicles) if (!threads.some((t) => t.vehicles.has(v))) target.vehicles.add(v);
    for (const p of f.people) if (!threads.some((t) => t.people.has(p))) target.people.add(p);
    if (isStatement(f)) (doc.isHeading(i) ? headingDays(target) : target.days).push(...f.days);
  });
  // A headline's date is resolved with no context: it dates a thread only when its body does not.
  for (const t of threads) if (t.days.length === 0) t.days.push(...headingDays(t));
  // The first incident of an article is its main one, whatever cue opened it.
  if (threads.length && threads[0].background) threads[0].background = false;
  return threads;
}

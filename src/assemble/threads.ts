/**
 * How many incidents an article reports, and which sentences tell which.
 *
 * A walk over the sentences: the first typed trigger opens the main incident; a trigger in a
 * sentence with a background cue ("a similar incident", "years ago"), or with a date far from
 * the current incident's, opens another; a sentence that names a vehicle or person already
 * bound to an incident returns the walk to it. Sentences before the first trigger (headline,
 * lede) belong to the main incident.
 */
import type { ExtractDoc } from '../extract/doc.ts';
import type { Mentions } from '../extract/index.ts';
import type { DateMention, TriggerMention } from '../extract/types.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';

export interface Thread {
  /** Sentence indexes, ascending. */
  sentences: number[];
  triggers: TriggerMention[];
  /** Opened by a background cue or a distant date. */
  background: boolean;
  /** Vehicle keys first named in this thread. */
  vehicles: Set<string>;
  people: Set<string>;
  /** Day values (YYYY-MM-DD or YYYY-MM) of dates in trigger sentences. */
  days: string[];
}

/** Days between two partial ISO dates at their common granularity, or null. */
export function dayGap(a: string, b: string): number | null {
  const pa = a.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  const pb = b.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!pa || !pb) return null;
  const ta = Date.UTC(+pa[1], pa[2] ? +pa[2] - 1 : 6, pa[3] ? +pa[3] : 15);
  const tb = Date.UTC(+pb[1], pb[2] ? +pb[2] - 1 : 6, pb[3] ? +pb[3] : 15);
  return Math.abs(ta - tb) / 86_400_000;
}

/** A date far (over 30 days) from every date of the thread, at the coarser granularity. */
export function isDistantDate(value: string, thread: Thread): boolean {
  if (thread.days.length === 0) return false;
  const slack = (v: string) => (v.length <= 4 ? 183 : v.length <= 7 ? 16 : 0);
  return thread.days.every((d) => {
    const gap = dayGap(value, d);
    return gap !== null && gap > 30 + slack(value) + slack(d);
  });
}

function newThread(background: boolean): Thread {
  return { sentences: [], triggers: [], background, vehicles: new Set(), people: new Set(), days: [] };
}

interface SentenceFacts {
  triggers: TriggerMention[];
  vehicles: string[];
  people: string[];
  dates: DateMention[];
}

/** Gathers per sentence what the walk looks at. */
export function sentenceFacts(doc: ExtractDoc, m: Mentions, personKey: (name: string) => string): SentenceFacts[] {
  const out: SentenceFacts[] = doc.sentences.map(() => ({ triggers: [], vehicles: [], people: [], dates: [] }));
  for (const t of m.triggers) out[t.sentence].triggers.push(t);
  m.vehicles.forEach((v) => {
    const named = v.generic ? (v.refersTo !== undefined ? m.vehicles[v.refersTo] : undefined) : v;
    if (named) out[v.sentence].vehicles.push(vehicleKey(named.name));
  });
  for (const p of m.people) if (!p.excluded) out[p.sentence].people.push(personKey(p.name));
  for (const d of m.dates) if (d.timexType === 'DATE' || d.timexType === 'TIME') out[d.sentence].dates.push(d);
  return out;
}

const dayOf = (v: string) => v.match(/^\d{4}(?:-\d{2}){0,2}/)?.[0];

/** Splits the article's sentences into incident threads (possibly none). */
export function findThreads(doc: ExtractDoc, facts: SentenceFacts[]): Thread[] {
  const threads: Thread[] = [];
  let current: Thread | undefined;
  const pending: number[] = [];
  const owner = (pred: (t: Thread) => boolean) => threads.find(pred);

  facts.forEach((f, i) => {
    const typed = f.triggers.filter((t) => t.type !== null);
    const cue = f.triggers.some((t) => t.background);
    const days = f.dates.map((d) => dayOf(d.value)).filter((d): d is string => !!d);
    const known = owner((t) => f.vehicles.some((v) => t.vehicles.has(v)) || f.people.some((p) => t.people.has(p)));

    let target = current;
    if (!current && typed.length > 0) target = newThread(cue);
    else if (current && (typed.length > 0 || cue) && (cue || (days.length > 0 && days.every((d) => isDistantDate(d, current!))))) {
      const alreadyBound = known && known !== current ? known : undefined;
      target = alreadyBound ?? (f.vehicles.some((v) => current!.vehicles.has(v)) ? current : newThread(true));
    } else if (known) target = known;

    if (!target) {
      pending.push(i);
      return;
    }
    if (!threads.includes(target)) threads.push(target);
    if (threads.length === 1 && pending.length) target.sentences.push(...pending.splice(0));
    current = target;
    target.sentences.push(i);
    target.triggers.push(...f.triggers);
    for (const v of f.vehicles) if (!owner((t) => t !== target && t.vehicles.has(v))) target.vehicles.add(v);
    for (const p of f.people) if (!owner((t) => t !== target && t.people.has(p))) target.people.add(p);
    if (f.triggers.length) target.days.push(...days);
  });
  // The first incident of an article is its main one, whatever cue opened it.
  if (threads.length && threads[0].background) threads[0].background = false;
  return threads;
}

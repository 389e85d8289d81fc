/**
 * The incident's type label: the most frequent typed trigger in its sentences (a headline
 * trigger counts twice), refined when a generic label has a specific one said often enough
 * (a "crash" also called a derailment), qualified by a substance when the text says one
 * ("coolant leak").
 */
import { incidentTypes, REFINEMENT_SHARE, typeQualifiers, typeRefinements } from '../lexicons/incidents.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { TriggerMention } from '../extract/types.ts';

/** The key with the highest count; ties go to the first counted. */
function top(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

export function incidentType(doc: ExtractDoc, triggers: TriggerMention[], fallback = 'incident'): string {
  const counts = new Map<string, number>();
  for (const t of triggers) {
    if (!t.type) continue;
    const w = doc.isHeading(t.sentence) ? 2 : 1;
    counts.set(t.type, (counts.get(t.type) ?? 0) + w);
  }
  const best = refine(top(counts), counts);
  if (!best) return fallback;
  const q = qualifier(doc, triggers.filter((t) => t.type === best), best);
  return q ? `${q} ${best}` : best;
}

/** The most said refinement of a generic label, when it is said often enough. */
export function refine(label: string | undefined, counts: Map<string, number>): string | undefined {
  const specific = label ? typeRefinements[label] : undefined;
  if (!label || !specific) return label;
  const sub = new Map([...counts].filter(([k]) => specific.includes(k)));
  const best = top(sub);
  return best && sub.get(best)! >= REFINEMENT_SHARE * counts.get(label)! ? best : label;
}

const words = (s: string) => s.toLowerCase().split(/[^a-z]+/).filter(Boolean);

/** The substance most often written within three words of the triggers. */
export function qualifier(doc: ExtractDoc, triggers: TriggerMention[], type: string): string | undefined {
  const substances = typeQualifiers[type];
  if (!substances) return undefined;
  const counts = new Map<string, number>();
  for (const t of triggers) {
    const near = [...words(doc.text.slice(Math.max(0, t.start - 40), t.start)).slice(-3), ...words(doc.text.slice(t.end, t.end + 40)).slice(0, 3)];
    for (const w of substances) if (near.includes(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return top(counts);
}

/** Two labels of one kind of incident, qualifier aside: "gas explosion" and "explosion". */
export function sameType(a: string, b: string): boolean {
  const base = (t: string) => (incidentTypes.some((x) => x.type === t) ? t : t.split(' ').slice(1).join(' ') || t);
  return base(a.toLowerCase()) === base(b.toLowerCase());
}

/**
 * How a fact reads on a page: its normalised value and its details, for the facts of an
 * article's incident and for the merged facts of a reconciled incident (same fields, plus
 * `texts`, `sources`, `preferred`).
 */
import type { Incident, ReconciledIncident } from '../schema/index.ts';
import { FACT_KINDS, type FactKindKey } from './data/kinds.ts';

/** The fields a fact of any kind may have (per-article or merged). */
export interface AnyFact {
  name?: string;
  text?: string;
  value?: string;
  kind?: string;
  operator?: string;
  aliases?: string[];
  role?: string;
  event?: string;
  texts?: string[];
  affiliation?: string;
  variants?: string[];
  preferred?: boolean;
  ruleId?: string;
  sources?: string[];
  evidence: { start: number; end: number; quote: string; article?: string }[];
}

/** The normalised value: a date's ISO value, otherwise the name or the clause. */
export function factValue(kind: FactKindKey, f: AnyFact): string {
  if (kind === 'dates') return f.value ?? '';
  return f.name ?? f.text ?? '';
}

/** Secondary fields as label/value pairs, in reading order; empty ones left out. */
export function factDetails(kind: FactKindKey, f: AnyFact): [string, string][] {
  const pairs: [string, string | undefined][] =
    kind === 'vehicles'
      ? [['kind', f.kind], ['operator', f.operator], ['also called', f.aliases?.join('; ')]]
      : kind === 'dates'
        ? [['as written', f.text ?? f.texts?.join('; ')], ['role', f.role], ['event', f.event]]
        : kind === 'people'
          ? [['role', f.role], ['affiliation', f.affiliation], ['also written', f.variants?.join('; ')]]
          : [];
  return pairs.filter((p): p is [string, string] => Boolean(p[1]));
}

/** One line per fact for a tooltip: "date 2023-02-11 (as written: Saturday; role: occurred)". */
export function factLine(kind: FactKindKey, f: AnyFact): string {
  const label = FACT_KINDS.find((k) => k.key === kind)!.label;
  const details = factDetails(kind, f);
  return `${label}: ${factValue(kind, f)}${details.length ? ` (${details.map(([k, v]) => `${k}: ${v}`).join('; ')})` : ''}`;
}

/** Every fact of an incident with its kind, in kind order then list order. */
export function factsOf(incident: Incident | ReconciledIncident): { kind: FactKindKey; fact: AnyFact; index: number }[] {
  return FACT_KINDS.flatMap(({ key }) => (incident[key] as AnyFact[]).map((fact, index) => ({ kind: key, fact, index })));
}

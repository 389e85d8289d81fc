/**
 * Scoring one article's predicted incidents against its gold incidents, with the lenient
 * rules of match.ts: incidents are matched one-to-one (main gold first, by a shared vehicle,
 * then by type plus a place or occurrence date), then each field is matched one-to-one.
 * A missed background incident costs nothing; a found one is scored.
 */
import type { Incident } from '../schema/index.ts';
import type { GoldIncident } from './gold.ts';
import { datesMatch, peopleMatch, textMatch, typesMatch, vehiclesMatch } from './match.ts';

export const FIELDS = ['vehicles', 'dates', 'people', 'organizations', 'locations', 'causes', 'consequences'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface ErrorEntry {
  article: string;
  field: Field | 'incidents';
  kind: 'miss' | 'false';
  incident: string;
  value: string;
  quote?: string;
  /** The rule that produced a false hit (and, for dates, its role). */
  ruleId?: string;
}

export interface ArticleScore {
  article: string;
  incidents: Counts;
  fields: Record<Field, Counts>;
  mention: { correct: number; total: number };
  dateRole: { correct: number; total: number };
  /** Matched pairs: predicted incident id ↔ gold key (for merge scoring). */
  pairs: { predicted: string; gold: string }[];
  errors: ErrorEntry[];
}

const vehicleNames = (v: { name: string; aliases?: string[] }) => [v.name, ...(v.aliases ?? [])].map((n) => n.replace(/^(?:the|a|an)\s+/i, ''));

/** Predicted and gold facts of one field as comparable strings, with their matcher. */
function fieldItems(field: Field, p: Incident | undefined, g: GoldIncident | undefined) {
  const pv = (p?.[field] ?? []) as { name?: string; text?: string; value?: string; role?: string; ruleId?: string; evidence?: { quote: string }[] }[];
  const label = (x: { name?: string; text?: string; value?: string; role?: string }) =>
    x.name ?? (field === 'dates' ? `${x.text ?? ''}=${x.value}${x.role ? ` (${x.role})` : ''}` : x.text) ?? '';
  const gv = (g?.[field] ?? []) as { name?: string; text?: string; value?: string }[];
  const match = (a: (typeof pv)[number], b: (typeof gv)[number]): boolean => {
    switch (field) {
      case 'vehicles': return vehiclesMatch(vehicleNames(a as never), vehicleNames(b as never));
      case 'dates': return datesMatch(a.value!, b.value!);
      case 'people': return peopleMatch(a.name!, b.name!);
      case 'organizations': case 'locations': return textMatch(a.name!, b.name!) || textMatch(b.name!, a.name!);
      default: return textMatch(a.text!, b.text!);
    }
  };
  return { pv, gv, label, match };
}

/** Greedy one-to-one matching of two lists; returns matched index pairs. */
export function greedy<A, B>(as: A[], bs: B[], ok: (a: A, b: B) => boolean): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  bs.forEach((b, j) => {
    const i = as.findIndex((a, k) => !used.has(k) && ok(a, b));
    if (i >= 0) {
      used.add(i);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

function matchIncidents(pred: Incident[], gold: GoldIncident[]): [number, number][] {
  const order = gold.map((g, j) => ({ g, j })).sort((a, b) => Number(a.g.mention !== 'main') - Number(b.g.mention !== 'main'));
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const occ = (g: GoldIncident) => g.dates.filter((d) => d.role === 'occurred' || !d.role).map((d) => d.value);
  const rules = [
    (p: Incident, g: GoldIncident) => p.vehicles.length > 0 && g.vehicles.length > 0 && p.vehicles.some((v) => g.vehicles.some((w) => vehiclesMatch(vehicleNames(v), vehicleNames(w)))),
    (p: Incident, g: GoldIncident) =>
      typesMatch(p.type, g.type) &&
      (p.locations.some((l) => g.locations.some((m) => textMatch(l.name, m.name) || textMatch(m.name, l.name))) ||
        p.dates.some((d) => d.role === 'occurred' && occ(g).some((v) => datesMatch(d.value, v)))),
  ];
  const matched = new Set<number>();
  for (const rule of rules) {
    for (const { g, j } of order) {
      if (matched.has(j)) continue;
      const i = pred.findIndex((p, k) => !used.has(k) && rule(p, g));
      if (i >= 0) {
        used.add(i);
        matched.add(j);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

export function scoreArticle(article: string, pred: Incident[], gold: GoldIncident[]): ArticleScore {
  const s: ArticleScore = {
    article,
    incidents: zero(),
    fields: Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>,
    mention: { correct: 0, total: 0 },
    dateRole: { correct: 0, total: 0 },
    pairs: [],
    errors: [],
  };
  const pairs = matchIncidents(pred, gold);
  const pOf = new Map(pairs.map(([i, j]) => [i, j]));
  const gOf = new Map(pairs.map(([i, j]) => [j, i]));
  pred.forEach((p, i) => {
    if (pOf.has(i)) return;
    s.incidents.fp++;
    s.errors.push({ article, field: 'incidents', kind: 'false', incident: p.id, value: `${p.type}: ${p.summary}` });
    scoreFields(s, p, undefined, p.id);
  });
  gold.forEach((g, j) => {
    const i = gOf.get(j);
    if (i === undefined) {
      if (g.mention === 'background') return; // optional: no penalty when missed
      s.incidents.fn++;
      s.errors.push({ article, field: 'incidents', kind: 'miss', incident: g.key ?? g.type, value: `${g.type} (${g.mention})` });
      scoreFields(s, undefined, g, g.key ?? g.type);
      return;
    }
    s.incidents.tp++;
    s.mention.total++;
    if (pred[i].mention === g.mention) s.mention.correct++;
    if (g.key) s.pairs.push({ predicted: pred[i].id, gold: g.key });
    scoreFields(s, pred[i], g, g.key ?? pred[i].id);
  });
  return s;
}

function scoreFields(s: ArticleScore, p: Incident | undefined, g: GoldIncident | undefined, incident: string) {
  for (const field of FIELDS) {
    const { pv, gv, label, match } = fieldItems(field, p, g);
    const pairs = greedy(pv, gv, match);
    const c = s.fields[field];
    c.tp += pairs.length;
    c.fp += pv.length - pairs.length;
    c.fn += gv.length - pairs.length;
    const mp = new Set(pairs.map(([i]) => i));
    const mg = new Set(pairs.map(([, j]) => j));
    pv.forEach((x, i) => mp.has(i) || s.errors.push({ article: s.article, field, kind: 'false', incident, value: label(x), quote: x.evidence?.[0]?.quote, ruleId: x.ruleId }));
    gv.forEach((x, j) => mg.has(j) || s.errors.push({ article: s.article, field, kind: 'miss', incident, value: label(x) }));
    if (field === 'dates' && p && g) {
      for (const [i, j] of pairs) {
        const gr = (g.dates[j] as { role?: string }).role;
        if (!gr) continue;
        s.dateRole.total++;
        if (p.dates[i].role === gr) s.dateRole.correct++;
      }
    }
  }
}

/**
 * Merging the facts of one cluster: every fact keeps the articles that state it and its
 * evidence in each; where occurrence dates disagree, every value is kept and one preferred.
 *
 * Preference rule (README): the value stated by more articles; then the more specific value
 * (a day beats a month); then the earliest value.
 */
import type { ReconciledIncident, SourcedSpan } from '../schema/index.ts';
import type { Incident, Span } from '../schema/index.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';
import { slug } from '../assemble/spans.ts';
import type { Item } from './cluster.ts';
import { baseType, datesAgree } from './cluster.ts';

type Merged = ReconciledIncident;

const sourced = (article: string, ev: Span[]): SourcedSpan[] => ev.map((e) => ({ article, ...e }));
const sortStr = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Generic merge of one fact list: facts with the same key become one, sources and evidence united. */
function mergeBy<F extends { evidence: Span[] }, O extends { sources: string[]; evidence: SourcedSpan[] }>(
  items: Item[],
  pick: (inc: Incident) => F[],
  key: (f: F) => string,
  make: (f: F) => Omit<O, 'sources' | 'evidence'>,
  absorb?: (into: O, f: F) => void,
): O[] {
  const out = new Map<string, O>();
  for (const it of items) {
    for (const f of pick(it.incident)) {
      const k = key(f);
      let o = out.get(k);
      if (!o) {
        o = { ...make(f), sources: [], evidence: [] } as unknown as O;
        out.set(k, o);
      } else absorb?.(o, f);
      o.sources = sortStr([...o.sources, it.article]);
      o.evidence = [...o.evidence, ...sourced(it.article, f.evidence)];
    }
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
}

const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function mergeCluster(items: Item[], explanation: string[]): Merged {
  const vehicles = mergeBy<Incident['vehicles'][number], Merged['vehicles'][number]>(
    items, (i) => i.vehicles, (v) => vehicleKey(v.name),
    (v) => ({ name: v.name, kind: v.kind, ...(v.operator ? { operator: v.operator } : {}), aliases: [...v.aliases] }),
    (o, v) => { o.aliases = sortStr([...o.aliases, ...v.aliases].filter((a) => a !== o.name)); },
  );
  const dates = mergeBy<Incident['dates'][number], Merged['dates'][number]>(
    items, (i) => i.dates, (d) => `${d.role}|${d.event ?? ''}|${d.value}`,
    (d) => ({ value: d.value, role: d.role, ...(d.event ? { event: d.event } : {}), texts: [d.text] }),
    (o, d) => { o.texts = sortStr([...o.texts, d.text]); },
  );
  const people = mergeBy<Incident['people'][number], Merged['people'][number]>(
    items, (i) => i.people, (p) => lower(p.name),
    (p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.affiliation ? { affiliation: p.affiliation } : {}), variants: [...p.variants] }),
    (o, p) => { o.variants = sortStr([...o.variants, ...p.variants]); },
  );
  const named = (pick: (i: Incident) => { name: string; evidence: Span[] }[]) =>
    mergeBy<{ name: string; evidence: Span[] }, Merged['organizations'][number]>(items, pick, (x) => lower(x.name), (x) => ({ name: x.name }));
  const clauses = (pick: (i: Incident) => { text: string; evidence: Span[] }[]) =>
    mergeBy<{ text: string; evidence: Span[] }, Merged['causes'][number]>(items, pick, (x) => lower(x.text), (x) => ({ text: x.text }));
  const { dates: marked, disagreements } = markPreferred(dates);
  const main = items.find((i) => i.incident.mention === 'main') ?? items[0];
  return {
    id: '',
    type: main.incident.type,
    summary: main.incident.summary,
    members: items.map((i) => ({ article: i.article, incident: i.incident.id, mention: i.incident.mention })),
    vehicles,
    dates: marked,
    people,
    organizations: named((i) => i.organizations),
    locations: named((i) => i.locations),
    causes: clauses((i) => i.causes),
    consequences: clauses((i) => i.consequences),
    disagreements,
    explanation,
  };
}

/** Occurrence dates that cannot both hold are a disagreement: all kept, one preferred. */
export function markPreferred(dates: Merged['dates']): { dates: Merged['dates']; disagreements: Merged['disagreements'] } {
  const occ = dates.filter((d) => d.role === 'occurred');
  const days = [...new Set(occ.map((d) => d.value.slice(0, 10)))];
  const conflicting = days.some((a) => days.some((b) => !datesAgree(a, b)));
  if (!conflicting) return { dates, disagreements: [] };
  const ranked = [...occ].sort((a, b) => b.sources.length - a.sources.length || b.value.length - a.value.length || (a.value < b.value ? -1 : 1));
  const best = ranked[0];
  const values = new Map<string, Set<string>>();
  for (const d of occ) values.set(d.value, new Set([...(values.get(d.value) ?? []), ...d.sources]));
  return {
    dates: dates.map((d) => (d.role === 'occurred' ? { ...d, preferred: d === best } : d)),
    disagreements: [{
      field: 'dates.occurred',
      values: [...values.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, s]) => ({ value, sources: sortStr(s) })),
      preferred: best.value,
      reason: 'stated by the most articles, then the most specific, then the earliest',
    }],
  };
}

/** Stable ids from content: type, first vehicle or place, preferred occurrence date. */
export function nameReconciled(list: Merged[]): Merged[] {
  const used = new Map<string, number>();
  return list.map((r) => {
    const occ = r.dates.find((d) => d.role === 'occurred' && d.preferred !== false)?.value.slice(0, 10);
    const base = slug([baseType(r.type), r.vehicles[0]?.name ?? r.locations[0]?.name ?? r.members[0].article, occ ?? 'undated'].join(' '));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { ...r, id: n === 1 ? base : `${base}-${n}` };
  });
}

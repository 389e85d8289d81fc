/**
 * Merging the facts of one cluster with provenance: every fact lists the articles that state it
 * and its evidence in each. People become one person per real person (people.ts); vehicles one
 * per identity (a name and its typo, a serial and its designation); dates keep every value, and
 * values that cannot all hold become a disagreement with one preferred (prefer.ts); so do
 * casualty counts.
 */
import type { Incident, ReconciledIncident, SourcedSpan, Span } from '../schema/index.ts';
import { casualtiesIn } from './casualties.ts';
import { consistentValues, specificity } from './dates.ts';
import { mergePeople } from './people.ts';
import { disagreement, PREFERENCE_RULE, type Claim } from './prefer.ts';
import type { Profile } from './profile.ts';
import { sourceGroups, type SourceGroups } from './sources.ts';
import { sameVehicle, vehicleIdOf } from './vehicles.ts';
import { orgEntryFor } from '../extract/organizations/lexicon.ts';

/** One key per known body, however each source wrote it ("FAA" in one, the full name in another). */
export const orgKey = (name: string): string => lower(orgEntryFor(name)?.name ?? name);

type Merged = ReconciledIncident;

/** One member of a cluster: its profile and the full incident of its record. */
export interface MemberIncident {
  profile: Profile;
  incident: Incident;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortStr = (xs: Iterable<string>) => [...new Set(xs)].sort();
const sourced = (article: string, ev: Span[]): SourcedSpan[] => ev.map((e) => ({ article, ...e }));
const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();

/** Facts with the same key become one, their sources and evidence united, in key order. */
function mergeBy<F extends { evidence: Span[] }, O extends { sources: string[]; evidence: SourcedSpan[] }>(
  items: MemberIncident[],
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
      if (!o) out.set(k, (o = { ...make(f), sources: [], evidence: [] } as unknown as O));
      else absorb?.(o, f);
      o.sources = sortStr([...o.sources, it.profile.article]);
      o.evidence = [...o.evidence, ...sourced(it.profile.article, f.evidence)];
    }
  }
  return [...out.entries()].sort(([a], [b]) => cmp(a, b)).map(([, o]) => o);
}

/**
 * A vehicle's merge key: its identity, so "Nordic Meridien" joins "Nordic Meridian"; a generic or
 * model name that another member gives as an alias of one named vehicle ("Amtrak train" for
 * "Train 50") joins that vehicle.
 */
function vehicleKeyer(items: MemberIncident[]): (v: Incident['vehicles'][number]) => string {
  const vehicles = items.flatMap((i) => i.incident.vehicles);
  const seen: { id: NonNullable<ReturnType<typeof vehicleIdOf>>; key: string }[] = [];
  for (const id of vehicles.map((v) => vehicleIdOf(v.name)).filter((x) => x !== null).sort((a, b) => cmp(a.key, b.key))) {
    const same = seen.find((s) => sameVehicle(s.id, id));
    seen.push({ id, key: same?.key ?? id.key });
  }
  const own = (name: string) => {
    const id = vehicleIdOf(name);
    return id ? { id, key: seen.find((s) => s.id.key === id.key)?.key ?? id.key } : null;
  };
  const aliasOf = new Map<string, Set<string>>();
  for (const v of vehicles) {
    const o = own(v.name);
    if (o?.id.strength !== 'named') continue;
    for (const a of v.aliases) aliasOf.set(lower(a), new Set([...(aliasOf.get(lower(a)) ?? []), o.key]));
  }
  return (v) => {
    const o = own(v.name);
    const named = aliasOf.get(lower(v.name));
    if (o?.id.strength !== 'named' && named?.size === 1) return [...named][0];
    return o?.key ?? `raw:${lower(v.name)}`;
  };
}

function mergeVehicles(items: MemberIncident[]): Merged['vehicles'] {
  const keyOf = vehicleKeyer(items);
  const spellings = new Map<string, Map<string, number>>();
  for (const v of items.flatMap((i) => i.incident.vehicles)) {
    const m = spellings.get(keyOf(v)) ?? new Map<string, number>();
    spellings.set(keyOf(v), m.set(v.name, (m.get(v.name) ?? 0) + 1));
  }
  const keys = [...spellings.keys()].sort(cmp);
  const merged = mergeBy<Incident['vehicles'][number], Merged['vehicles'][number]>(
    items, (i) => i.vehicles, keyOf,
    (v) => ({ name: v.name, kind: v.kind, ...(v.operator ? { operator: v.operator } : {}), aliases: [...v.aliases] }),
    (o, v) => { o.aliases = sortStr([...o.aliases, ...v.aliases, v.name]); if (!o.operator && v.operator) o.operator = v.operator; },
  );
  // a name that identifies the vehicle, then the one most members write, then the longest:
  // "Train 50" over "locomotive", "Nordic Meridian" over one article's "Nordic Meridien"
  return merged.map((v, n) => {
    const counts = [...spellings.get(keys[n])!.entries()];
    const named = (n: string) => (vehicleIdOf(n)?.strength === 'named' ? 1 : 0);
    const name = counts.sort((a, b) => named(b[0]) - named(a[0]) || b[1] - a[1] || b[0].length - a[0].length || cmp(a[0], b[0]))[0][0];
    const { operator, ...rest } = v;
    return { ...rest, name, ...(operator ? { operator } : {}), aliases: sortStr([...v.aliases, v.name].filter((a) => a !== name)) };
  });
}

/** Calendar values a disagreement can compare: a year, month or day, with or without a time. */
const comparable = (v: string) => /^(?:\d{4}|XXXX)(?:-\d{2}){0,2}(?:T\d{2}:\d{2}.*)?$/.test(v);
const dateRules = { consistent: consistentValues, specificity };
const countRules = { consistent: (a: string, b: string) => a === b, specificity: () => 0 };

interface Context {
  groups: SourceGroups;
  published: (article: string) => string | null;
}

/** Dates of one role and event whose values cannot all hold: every value kept, one preferred. */
function dateDisagreements(dates: Merged['dates'], ctx: Context): { dates: Merged['dates']; disagreements: Merged['disagreements'] } {
  const out: Merged['disagreements'] = [];
  const preferred = new Map<string, string>();
  const groups = new Map<string, Merged['dates']>();
  // reported dates are when the news came, not a claim about the incident; "other" dates are of other events unless one event is named
  for (const d of dates) if ((d.role === 'occurred' || d.event) && comparable(d.value)) groups.set(`${d.role}|${d.event ?? ''}`, [...(groups.get(`${d.role}|${d.event ?? ''}`) ?? []), d]);
  for (const [g, ds] of [...groups.entries()].sort(([a], [b]) => cmp(a, b))) {
    const claims: Claim[] = ds.map((d) => ({ value: d.value, sources: d.sources }));
    const result = disagreement(claims, dateRules, ctx.groups.independent, ctx.published);
    if (!result) continue;
    preferred.set(g, result.preferred);
    const [role, event] = g.split('|');
    out.push({ field: role === 'occurred' ? 'dates.occurred' : `dates.${role}${event ? `.${event}` : ''}`, values: result.values, preferred: result.preferred, reason: PREFERENCE_RULE });
  }
  const marked = dates.map((d) => {
    const p = preferred.get(`${d.role}|${d.event ?? ''}`);
    return p === undefined || !comparable(d.value) ? d : { ...d, preferred: d.value === p };
  });
  return { dates: marked, disagreements: out };
}

function mergeCasualties(items: MemberIncident[], ctx: Context): { casualties: NonNullable<Merged['casualties']>; disagreements: Merged['disagreements'] } {
  const byKey = new Map<string, NonNullable<Merged['casualties']>[number]>();
  for (const it of items) {
    // per article and class, the largest count it states (its total), with the clauses stating it
    const best = new Map<string, { count: number; texts: string[]; evidence: SourcedSpan[] }>();
    for (const c of it.incident.consequences) {
      for (const k of casualtiesIn(c.text)) {
        const b = best.get(k.kind);
        if (b && b.count > k.count) continue;
        const same = b && b.count === k.count;
        best.set(k.kind, { count: k.count, texts: same ? [...b.texts, k.text] : [k.text], evidence: [...(same ? b.evidence : []), ...sourced(it.profile.article, c.evidence)] });
      }
    }
    for (const [kind, b] of best) {
      const key = `${kind}|${String(b.count).padStart(9, '0')}`;
      const o = byKey.get(key) ?? { kind, count: b.count, texts: [], sources: [], evidence: [] };
      o.texts = sortStr([...o.texts, ...b.texts]);
      o.sources = sortStr([...o.sources, it.profile.article]);
      o.evidence = [...o.evidence, ...b.evidence];
      byKey.set(key, o);
    }
  }
  const casualties = [...byKey.entries()].sort(([a], [b]) => cmp(a, b)).map(([, c]) => c);
  const disagreements: Merged['disagreements'] = [];
  for (const kind of sortStr(casualties.map((c) => c.kind))) {
    const cs = casualties.filter((c) => c.kind === kind);
    const result = disagreement(cs.map((c) => ({ value: String(c.count), sources: c.sources })), countRules, ctx.groups.independent, ctx.published);
    if (!result) continue;
    for (const c of cs) c.preferred = String(c.count) === result.preferred;
    disagreements.push({ field: `casualties.${kind}`, values: result.values, preferred: result.preferred, reason: PREFERENCE_RULE });
  }
  return { casualties, disagreements };
}

/**
 * The type most members give (their base type), written as the most specific label of it
 * ("coolant leak" over "leak"); ties go to the alphabetically first base type.
 */
function typeOf(items: MemberIncident[]): string {
  const votes = new Map<string, number>();
  for (const i of items) votes.set(i.profile.type, (votes.get(i.profile.type) ?? 0) + (i.incident.mention === 'main' ? 2 : 1));
  const base = [...votes.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
  const labels = items.filter((i) => i.profile.type === base).map((i) => i.incident.type);
  return labels.sort((a, b) => b.length - a.length || cmp(a, b))[0];
}

/** The merged incident of one cluster (id and explanation are set by the caller). */
export function mergeCluster(items: MemberIncident[], published: (article: string) => string | null): Omit<Merged, 'id' | 'explanation'> {
  const groups = sourceGroups(items.map((i) => i.profile));
  const ctx: Context = { groups, published };
  const dates = mergeBy<Incident['dates'][number], Merged['dates'][number]>(
    items, (i) => i.dates, (d) => `${d.role}|${d.event ?? ''}|${d.value}`,
    (d) => ({ value: d.value, role: d.role, ...(d.event ? { event: d.event } : {}), texts: [d.text] }),
    (o, d) => { o.texts = sortStr([...o.texts, d.text]); },
  );
  const named = (pick: (i: Incident) => { name: string; evidence: Span[] }[], key: (name: string) => string = lower) =>
    mergeBy<{ name: string; evidence: Span[] }, Merged['organizations'][number]>(items, pick, (x) => key(x.name), (x) => ({ name: x.name }));
  const clauses = (pick: (i: Incident) => { text: string; evidence: Span[] }[]) =>
    mergeBy<{ text: string; evidence: Span[] }, Merged['causes'][number]>(items, pick, (x) => lower(x.text), (x) => ({ text: x.text }));
  const dated = dateDisagreements(dates, ctx);
  const counted = mergeCasualties(items, ctx);
  const type = typeOf(items);
  const main = items.find((i) => i.incident.mention === 'main' && i.incident.type === type) ?? items.find((i) => i.incident.type === type)!;
  return {
    type,
    summary: main.incident.summary,
    members: items.map((i) => ({
      article: i.profile.article,
      incident: i.incident.id,
      mention: i.incident.mention,
      ...(groups.copyOf.has(i.profile.article) ? { copyOf: groups.copyOf.get(i.profile.article)! } : {}),
    })),
    vehicles: mergeVehicles(items),
    dates: dated.dates,
    people: mergePeople(items.flatMap((i) => i.incident.people.map((person) => ({ article: i.profile.article, person })))),
    organizations: named((i) => i.organizations, orgKey),
    locations: named((i) => i.locations),
    causes: clauses((i) => i.causes),
    consequences: clauses((i) => i.consequences),
    casualties: counted.casualties,
    disagreements: [...dated.disagreements, ...counted.disagreements],
  };
}

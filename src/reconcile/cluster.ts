/**
 * Which per-article incidents are the same real-world incident (first version).
 * Two incidents merge when they name the same vehicle, their types agree, and their
 * occurrence dates can both hold. Blocking by vehicle key keeps the comparisons near-linear.
 * Two incidents of the same type on different vehicles, or months apart, never merge.
 */
import type { ArticleRecord, Incident } from '../schema/index.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';

export interface Item {
  article: string;
  incident: Incident;
}

/** "coolant leak" → "leak": the qualifier is detail, the head is the type. */
export function baseType(type: string): string {
  return type.split(' ').slice(-1)[0];
}

export function typesAgree(a: string, b: string): boolean {
  const x = baseType(a);
  const y = baseType(b);
  return x === y || x === 'incident' || y === 'incident';
}

export function occurred(inc: Incident): string[] {
  return [...new Set(inc.dates.filter((d) => d.role === 'occurred').map((d) => d.value.slice(0, 10)))];
}

/** Two partial dates agree when one is a prefix of the other ("2013-07" and "2013-07-15"). */
export function datesAgree(a: string, b: string): boolean {
  const x = a.replace(/^XXXX/, '');
  const y = b.replace(/^XXXX/, '');
  if (a.startsWith('XXXX') || b.startsWith('XXXX')) return x.endsWith(y.slice(4)) || y.endsWith(x.slice(4));
  return x.startsWith(y) || y.startsWith(x);
}

/** Dates are compatible when either side has none, or some pair agrees. */
export function datesCompatible(a: Incident, b: Incident): boolean {
  const da = occurred(a);
  const db = occurred(b);
  if (da.length === 0 || db.length === 0) return true;
  return da.some((x) => db.some((y) => datesAgree(x, y)));
}

export function vehicleKeys(inc: Incident): string[] {
  return [...new Set(inc.vehicles.flatMap((v) => [v.name, ...v.aliases.filter((a) => /\d|^[A-Z]/.test(a))]).map(vehicleKey))].filter((k) => k.length > 2);
}

export function sameIncident(a: Item, b: Item): { same: boolean; reasons: string[] } {
  const shared = vehicleKeys(a.incident).filter((k) => vehicleKeys(b.incident).includes(k));
  const reasons: string[] = [];
  if (shared.length === 0) return { same: false, reasons: ['no shared vehicle'] };
  reasons.push(`same vehicle (${a.incident.vehicles.find((v) => shared.includes(vehicleKey(v.name)))?.name ?? shared[0]})`);
  if (!typesAgree(a.incident.type, b.incident.type)) return { same: false, reasons: [...reasons, `types differ (${a.incident.type} / ${b.incident.type})`] };
  reasons.push(`types agree (${baseType(a.incident.type)})`);
  if (!datesCompatible(a.incident, b.incident)) return { same: false, reasons: [...reasons, 'occurrence dates cannot both hold'] };
  const da = occurred(a.incident);
  reasons.push(da.length && occurred(b.incident).length ? `occurrence dates agree (${da[0]})` : 'no conflicting occurrence date');
  return { same: true, reasons };
}

/** Items of all records, in a stable order. */
export function itemsOf(records: ArticleRecord[]): Item[] {
  return records
    .flatMap((r) => r.incidents.map((incident) => ({ article: r.article.id, incident })))
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0));
}

/** Union-find clusters; returns groups of item indexes, each sorted, groups sorted by first index. */
export function cluster(items: Item[]): { groups: number[][]; why: Map<number, string[]> } {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const why = new Map<number, string[]>();
  const blocks = new Map<string, number[]>();
  items.forEach((it, i) => vehicleKeys(it.incident).forEach((k) => blocks.set(k, [...(blocks.get(k) ?? []), i])));
  for (const idx of blocks.values()) {
    for (let x = 0; x < idx.length; x++) {
      for (let y = x + 1; y < idx.length; y++) {
        const [i, j] = [idx[x], idx[y]];
        if (items[i].article === items[j].article || find(i) === find(j)) continue;
        const r = sameIncident(items[i], items[j]);
        if (!r.same) continue;
        const [a, b] = [find(i), find(j)].sort((p, q) => p - q);
        parent[b] = a;
        why.set(j, [`${items[j].article} joins ${items[i].article}: ${r.reasons.join(', ')}.`]);
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return { groups: [...groups.values()].sort((a, b) => a[0] - b[0]), why };
}

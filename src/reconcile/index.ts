/**
 * reconcile: across articles, one record per real-world incident. The result depends only on
 * the set of records, never on their order or on how the run was split.
 */
import { ReconciledIncident, type ArticleRecord } from '../schema/index.ts';
import { cluster, itemsOf } from './cluster.ts';
import { mergeCluster, nameReconciled } from './merge.ts';

export function reconcile(records: ArticleRecord[]): ReconciledIncident[] {
  const items = itemsOf(records);
  const { groups, why } = cluster(items);
  const merged = groups.map((g) => {
    const members = g.map((i) => items[i]);
    const explanation = g.length === 1 ? ['Reported by one article; no other record shares its vehicle, type and dates.'] : g.flatMap((i) => why.get(i) ?? []);
    return mergeCluster(members, explanation);
  });
  const named = nameReconciled(merged).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return named.map((r) => ReconciledIncident.parse(r));
}

export function toJsonl(incidents: ReconciledIncident[]): string {
  return incidents.map((i) => JSON.stringify(i)).join('\n') + (incidents.length ? '\n' : '');
}

/**
 * reconcile: across articles, one record per real-world incident, every source's word kept.
 *
 *   profiles (profile.ts) ─▶ blocking + evidence + clustering (cluster.ts) ─▶ merge (merge.ts)
 *                         ─▶ stable ids (naming.ts) ─▶ explanations (explain.ts)
 *
 * The result depends only on the set of records, never on their order or on how a run was
 * split: `reconcile(all)` and `reconcileDirs([shard1, shard2])` give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { textPath } from '../output/write.ts';
import { ReconciledIncident, type ArticleRecord, type Incident } from '../schema/index.ts';
import { cluster, type Clustering } from './cluster.ts';
import { explanations } from './explain.ts';
import { mergeCluster, type MemberIncident } from './merge.ts';
import { nameIncidents } from './naming.ts';
import { profilesOf, type Profile } from './profile.ts';

export { reconcileDirs, type ReconcileDirsOptions, type RecordProblem } from './dirs.ts';

export type MergedBody = Omit<ReconciledIncident, 'id' | 'explanation'>;

/** Ids and explanations for the merged groups; the incidents sorted by id and schema-checked. */
export function finish(merged: MergedBody[], c: Clustering, profiles: Profile[]): ReconciledIncident[] {
  const core = c.groups.map((g) => [...new Set(g.flatMap((i) => profiles[i].dates.map((d) => d.value)))]);
  const ids = nameIncidents(merged, core);
  const groupOf = new Int32Array(profiles.length);
  c.groups.forEach((g, n) => g.forEach((i) => (groupOf[i] = n)));
  const why = explanations(c, profiles, (i) => ids[groupOf[i]]);
  const out = merged.map((m, n) => ({ id: ids[n], ...m, explanation: why[n] }));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => ReconciledIncident.parse(r));
}

export function publishedOf(profiles: Profile[]): (article: string) => string | null {
  const m = new Map(profiles.map((p) => [p.article, p.published]));
  return (a) => m.get(a) ?? null;
}

export interface ReconcileOptions {
  /** The article's cleaned text (`<out>/text/<id>.txt`), when at hand: its words sharpen the comparison. */
  textOf?: (article: string) => string | undefined;
}

/** Reads the cleaned texts a run wrote under `<out>/text/`; a missing one is simply not used. */
export function textsIn(out: string): (article: string) => string | undefined {
  return (article) => {
    try {
      return readFileSync(textPath(out, article), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function reconcile(records: ArticleRecord[], opts: ReconcileOptions = {}): ReconciledIncident[] {
  const profiles = profilesOf(records, opts.textOf);
  const incidents = new Map<string, Incident>(records.flatMap((r) => r.incidents.map((i) => [`${r.article.id}#${i.id}`, i] as [string, Incident])));
  const c = cluster(profiles);
  const published = publishedOf(profiles);
  const merged = c.groups.map((g) => mergeCluster(g.map((i): MemberIncident => ({ profile: profiles[i], incident: incidents.get(profiles[i].key)! })), published));
  return finish(merged, c, profiles);
}

/** Each incident as one JSON line (without its newline), made as the writer asks for it. */
export function* jsonLines(incidents: Iterable<ReconciledIncident>): Generator<string> {
  for (const i of incidents) yield JSON.stringify(i);
}

export function toJsonl(incidents: ReconciledIncident[]): string {
  return [...jsonLines(incidents)].map((l) => `${l}\n`).join('');
}

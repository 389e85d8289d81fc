/**
 * Independent sources: when weighing which of two disagreeing values to prefer, the same wire
 * story republished by several sites counts once (near-identical wording, MinHash), and so do
 * several articles of one outlet (an outlet does not confirm itself).
 */
import { thresholds } from '../lexicons/reconcile.ts';
import { similarity } from './minhash.ts';
import type { Profile } from './profile.ts';

export interface SourceGroups {
  /** Article → the first article (by id) of its group. */
  groupOf: Map<string, string>;
  /** Article → the first article of its near-copies, for articles that are a copy of another. */
  copyOf: Map<string, string>;
  /** How many independent sources a set of articles is. */
  independent(articles: Iterable<string>): number;
}

function unionFind(ids: string[]) {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    const p = parent.get(x)!;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (x: string, y: string) => {
    const [a, b] = [find(x), find(y)].sort();
    if (a !== b) parent.set(b, a);
  };
  return { find, union };
}

/** Groups of the articles of one cluster's profiles (one profile per article is enough). */
export function sourceGroups(profiles: Profile[]): SourceGroups {
  const byArticle = new Map<string, Profile>();
  for (const p of profiles) if (!byArticle.has(p.article)) byArticle.set(p.article, p);
  const ids = [...byArticle.keys()].sort();
  const copies = unionFind(ids);
  const all = unionFind(ids);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [byArticle.get(ids[i])!, byArticle.get(ids[j])!];
      if (similarity(a.sketch, b.sketch) >= thresholds.nearDuplicate) {
        copies.union(a.article, b.article);
        all.union(a.article, b.article);
      }
      if (a.outlet && a.outlet === b.outlet) all.union(a.article, b.article);
    }
  }
  const groupOf = new Map(ids.map((id) => [id, all.find(id)]));
  const copyOf = new Map(ids.filter((id) => copies.find(id) !== id).map((id) => [id, copies.find(id)]));
  return {
    groupOf,
    copyOf,
    independent: (articles) => new Set([...articles].map((a) => groupOf.get(a) ?? a)).size,
  };
}

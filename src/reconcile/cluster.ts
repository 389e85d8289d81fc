/**
 * Clustering per-article incidents into real-world incidents.
 *
 * 1. Candidate pairs come from blocking (blocking.ts); each is scored by the evidence rules.
 * 2. Pairs with at least `mergeThreshold` points are links, taken strongest first (ties by key,
 *    so the order depends only on the set of profiles, never on input order or sharding).
 * 3. A link joins two clusters unless a hard rule keeps some pair of their members apart, or
 *    the mean points over all their member pairs (average link) fall below `clusterThreshold`:
 *    one strong link between two large groups does not chain two incidents into one.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import { candidatePairs } from './blocking.ts';
import { hardApart, scorePair, type Evidence, type PairScore } from './evidence.ts';
import type { Profile } from './profile.ts';
import { Rarity } from './stats.ts';

export interface Link {
  a: number;
  b: number;
  score: PairScore;
}

export interface Decision {
  link: Link;
  merged: boolean;
  /** Why a link did not merge its two clusters. */
  blocked?: Evidence | { rule: 'average-link'; says: string };
}

export interface Clustering {
  /** Groups of profile indexes, each sorted ascending, groups sorted by their first index. */
  groups: number[][];
  /** Every link considered, in the order it was considered. */
  decisions: Decision[];
  /** Scored pairs that fell short of a link, strongest first (for "kept apart" explanations). */
  nearMisses: Link[];
}

const keyOrder = (profiles: Profile[]) => (x: Link, y: Link) =>
  y.score.points - x.score.points || (profiles[x.a].key < profiles[y.a].key ? -1 : profiles[x.a].key > profiles[y.a].key ? 1 : profiles[x.b].key < profiles[y.b].key ? -1 : 1);

export function cluster(profiles: Profile[], rarity = new Rarity(profiles)): Clustering {
  const scored: Link[] = candidatePairs(profiles, rarity).map(([a, b]) => ({ a, b, score: scorePair(profiles[a], profiles[b], rarity) }));
  const cache = new Map<string, PairScore>(scored.map((l) => [`${l.a}|${l.b}`, l.score]));
  const points = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    let s = cache.get(`${x}|${y}`);
    if (!s) cache.set(`${x}|${y}`, (s = scorePair(profiles[x], profiles[y], rarity)));
    return s.points;
  };
  const links = scored.filter((l) => !l.score.hard && l.score.points >= thresholds.mergeThreshold).sort(keyOrder(profiles));
  const nearMisses = scored.filter((l) => l.score.hard || l.score.points < thresholds.mergeThreshold).sort(keyOrder(profiles));

  const parent = profiles.map((_, i) => i);
  const members = profiles.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const decisions: Decision[] = [];
  for (const link of links) {
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra === rb) continue;
    const blocked = blockedMerge(members[ra], members[rb], profiles, rarity, points);
    decisions.push(blocked ? { link, merged: false, blocked } : { link, merged: true });
    if (blocked) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    members[keep] = [...members[keep], ...members[drop]].sort((x, y) => x - y);
    members[drop] = [];
  }
  const groups = members.filter((m, i) => m.length && find(i) === i).sort((x, y) => x[0] - y[0]);
  return { groups, decisions, nearMisses };
}

/** A hard reason or a weak average keeps two clusters apart; null lets them merge. */
function blockedMerge(xs: number[], ys: number[], profiles: Profile[], r: Rarity, points: (i: number, j: number) => number): Decision['blocked'] | null {
  let sum = 0;
  for (const x of xs) {
    for (const y of ys) {
      const hard = hardApart(profiles[x], profiles[y], r);
      if (hard) return { ...hard, says: `${profiles[x].article} and ${profiles[y].article}: ${hard.says}` };
      sum += points(x, y);
    }
  }
  const mean = sum / (xs.length * ys.length);
  if (mean >= thresholds.clusterThreshold) return null;
  return { rule: 'average-link', says: `the two groups agree too little on average (${Math.round(mean * 100) / 100} points per pair, below ${thresholds.clusterThreshold})` };
}

/**
 * Clustering per-article incidents into real-world incidents.
 *
 * 1. Candidate pairs come from blocking (blocking.ts); each is scored by the evidence rules
 *    (points only: no sentence is built while scoring).
 * 2. Pairs with at least `mergeThreshold` points are links, taken strongest first (ties by key,
 *    so the order depends only on the set of profiles, never on input order or sharding).
 * 3. A link joins two clusters unless a hard rule keeps some pair of their members apart, or
 *    the mean points over all their member pairs (average link) fall below `clusterThreshold`:
 *    one strong link between two large groups does not chain two incidents into one. A group
 *    that says nothing of when (clusterNeed) needs a higher mean to join one that does.
 *
 * Only numbers are kept per pair; explain.ts scores the few pairs it writes about again, with
 * sentences.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import { forEachCandidate } from './blocking.ts';
import { scorePair, type PairScore } from './evidence.ts';
import type { Profile } from './profile.ts';
import { Rarity } from './stats.ts';

export interface Link {
  a: number;
  b: number;
  points: number;
  /** Points of the evidence for "same" alone. */
  positive: number;
  hard: boolean;
}

export type Blocked = { kind: 'hard'; x: number; y: number } | { kind: 'average'; mean: number };

export interface Decision {
  link: Link;
  merged: boolean;
  /** Why a link did not merge its two clusters. */
  blocked?: Blocked;
}

export interface Clustering {
  /** Groups of profile indexes, each sorted ascending, groups sorted by their first index. */
  groups: number[][];
  /** Every link that met two different clusters, in the order it was considered. */
  decisions: Decision[];
  /** Scored pairs that were no link but whose evidence for "same" alone would have been: the "kept apart" stories. */
  nearMisses: Link[];
  rarity: Rarity;
}

/** Strongest first, ties by the two profiles' keys (`rank`: each profile's position in key order), so the order never depends on input order. */
const byStrength = (rank: Int32Array) => (x: Link, y: Link) => y.points - x.points || rank[x.a] - rank[y.a] || rank[x.b] - rank[y.b];

/** Each profile's position in key order (keys are unique). */
export function keyRanks(profiles: Profile[]): Int32Array {
  const order = profiles.map((_, i) => i).sort((x, y) => (profiles[x].key < profiles[y].key ? -1 : profiles[x].key > profiles[y].key ? 1 : 0));
  const rank = new Int32Array(profiles.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

export function cluster(profiles: Profile[], rarity = new Rarity(profiles)): Clustering {
  const links: Link[] = [];
  const nearMisses: Link[] = [];
  const scores = new PairScores(profiles, rarity);
  forEachCandidate(profiles, rarity, (a, b) => {
    const s = scorePair(profiles[a], profiles[b], rarity);
    if (!s.hard && s.points >= thresholds.mergeThreshold) {
      links.push({ a, b, points: s.points, positive: s.positive, hard: s.hard });
      scores.remember(a, b, s);
    } else if (s.positive >= thresholds.mergeThreshold) nearMisses.push({ a, b, points: s.points, positive: s.positive, hard: s.hard });
  });
  const rank = keyRanks(profiles);
  links.sort(byStrength(rank));
  nearMisses.sort(byStrength(rank));

  const parent = profiles.map((_, i) => i);
  const members = profiles.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const decisions: Decision[] = [];
  // two clusters that were kept apart stay apart until one of them changes: the answer for the
  // same two member sets is remembered (keyed by each root's version) instead of read again
  const version = profiles.map(() => 0);
  const keptApart = new Map<string, Blocked>();
  for (const link of links) {
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra === rb) continue;
    const pairKey = ra < rb ? `${ra}:${version[ra]}|${rb}:${version[rb]}` : `${rb}:${version[rb]}|${ra}:${version[ra]}`;
    const blocked = keptApart.get(pairKey) ?? blockedMerge(members[ra], members[rb], profiles, scores);
    decisions.push(blocked ? { link, merged: false, blocked } : { link, merged: true });
    if (blocked) {
      keptApart.set(pairKey, blocked);
      continue;
    }
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    version[keep]++;
    parent[drop] = keep;
    members[keep] = [...members[keep], ...members[drop]].sort((x, y) => x - y);
    members[drop] = [];
  }
  const groups = members.filter((m, i) => m.length && find(i) === i).sort((x, y) => x[0] - y[0]);
  return { groups, decisions, nearMisses, rarity };
}

/**
 * The points of the pairs the average link has asked for (and of the links), each pair scored
 * once: the average link between two groups that failed to merge is asked again, for the same
 * members, each time one of them grows, and scoring dominates the clustering's time. Only these
 * pairs are kept, not every candidate pair (millions at 100,000 records). `NaN` stands for a
 * hard rule.
 */
export class PairScores {
  private readonly known = new Map<number, number>();
  constructor(
    private readonly profiles: Profile[],
    private readonly rarity: Rarity,
  ) {}

  private key(x: number, y: number): number {
    return x < y ? x * this.profiles.length + y : y * this.profiles.length + x;
  }

  remember(x: number, y: number, s: PairScore): void {
    if (this.known.size < PairScores.CAP) this.known.set(this.key(x, y), s.hard ? NaN : s.points);
  }

  /** The pair's points, or NaN when a hard rule keeps it apart. */
  points(x: number, y: number): number {
    const k = this.key(x, y);
    let p = this.known.get(k);
    if (p === undefined) {
      const s = scorePair(this.profiles[x], this.profiles[y], this.rarity);
      p = s.hard ? NaN : s.points;
      // a Map holds at most 2^24 entries: past the cap, pairs are scored again instead of kept
      if (this.known.size < PairScores.CAP) this.known.set(k, p);
    }
    return p;
  }

  /** The most pairs kept (memory stays bounded; the answers do not depend on it). */
  static CAP = 4_000_000;
}

/**
 * At most `thresholds.averageSample` members of a group, evenly spread over it (deterministic):
 * the average link between two large groups is read on these, so one decision costs at most
 * averageSample² pair scores instead of growing with the square of the groups (a corpus of
 * many copies of one story makes groups of hundreds). Groups up to that size are read whole.
 */
export function sampleMembers(xs: number[], k = thresholds.averageSample): number[] {
  if (xs.length <= k) return xs;
  return Array.from({ length: k }, (_, i) => xs[Math.floor((i * xs.length) / k)]);
}

/** A hard reason or a weak average keeps two clusters apart; null lets them merge. */
function blockedMerge(allXs: number[], allYs: number[], profiles: Profile[], scores: PairScores): Blocked | null {
  const [xs, ys] = [sampleMembers(allXs), sampleMembers(allYs)];
  let sum = 0;
  for (const x of xs) {
    for (const y of ys) {
      const p = scores.points(x, y);
      if (Number.isNaN(p)) return { kind: 'hard', x, y };
      sum += Math.max(thresholds.averageFloor, Math.min(thresholds.averageCeiling, p));
    }
  }
  const mean = sum / (xs.length * ys.length);
  return mean >= clusterNeed(allXs, allYs, profiles) ? null : { kind: 'average', mean: Math.round(mean * 100) / 100 };
}

/** Some member says when: an occurrence date (with or without its year) or a publication date. */
export function timed(xs: number[], profiles: Profile[]): boolean {
  return xs.some((x) => profiles[x].dates.length > 0 || profiles[x].yearless.length > 0 || profiles[x].published !== null);
}

/**
 * The mean two groups need to merge. When only one of them says when it happened, no date can
 * speak against the merge, and a recurring kind of incident (a cable cut, a climbing death in one
 * park) looks alike from year to year: the untimed group needs `untimedClusterThreshold`.
 */
export function clusterNeed(xs: number[], ys: number[], profiles: Profile[]): number {
  return timed(xs, profiles) !== timed(ys, profiles) ? thresholds.untimedClusterThreshold : thresholds.clusterThreshold;
}

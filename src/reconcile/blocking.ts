/**
 * Blocking: which pairs are worth scoring. Two profiles are compared only when they share a
 * key (a vehicle, a rare place, person or word, or a type on one day). A key shared by more than
 * `maxBlock` profiles is compared only between neighbours in date order (a sorted-neighbourhood
 * window), and each profile keeps its `maxPartners` strongest partners (most keys shared), so the
 * number of pairs grows linearly with the number of records.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Profile } from './profile.ts';
import type { Rarity } from './stats.ts';

/** How many of each kind of rare key a profile contributes. */
const PER_KIND = { places: 6, people: 6, words: 8 };

/** The `n` rarest of `xs` shared by another record and not common (rarest first, ties alphabetical), as keys of namespace `ns`. */
function rarest(xs: string[], ns: string, n: number, r: Rarity): string[] {
  const counted: [string, number][] = [];
  for (const x of xs) {
    const key = `${ns}${x}`;
    if (!r.common(key) && r.count(key) > 1) counted.push([key, r.count(key)]);
  }
  return counted
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([key]) => key);
}

/** The blocking keys of one profile. */
export function blockingKeys(p: Profile, r: Rarity): string[] {
  const rare = (xs: string[], ns: string, n: number) => rarest(xs, ns, n, r);
  const keys = [
    ...p.vehicles.filter((v) => v.strength === 'named').flatMap((v) => [`v:${v.key}`, ...(v.key.startsWith('name:') ? [`vp:${v.key.slice(5, 9)}`] : [])]),
    ...rare(p.places, 'p:', PER_KIND.places),
    ...rare([...new Set(p.people.map((x) => x.surname))], 'n:', PER_KIND.people),
    ...rare(p.words, 'w:', PER_KIND.words),
    ...p.dates.filter((d) => d.gran === 'day').map((d) => `td:${p.type}|${d.value}`),
  ];
  if (!p.dates.length && p.published) keys.push(`tp:${p.type}|${p.published.slice(0, 7)}`);
  return [...new Set(keys)];
}

/** The date a profile sorts by inside an oversized block. */
function anchor(p: Profile): string {
  return p.dates.find((d) => d.gran === 'day')?.value ?? p.dates[0]?.value ?? p.published ?? '';
}

/**
 * The partners each profile shares keys with: from a small block every other member, from an
 * oversized one its date neighbours. Both directions, with repeats (one per shared key).
 */
function partners(profiles: Profile[], r: Rarity): number[][] {
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const k of blockingKeys(p, r)) {
      let b = blocks.get(k);
      if (!b) blocks.set(k, (b = []));
      b.push(i);
    }
  });
  const near: number[][] = profiles.map(() => []);
  const link = (x: number, y: number) => {
    near[x].push(y);
    near[y].push(x);
  };
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length <= thresholds.maxBlock) {
      for (let s = 0; s < members.length; s++) for (let t = s + 1; t < members.length; t++) link(members[s], members[t]);
      continue;
    }
    const sorted = [...members].sort((x, y) => (anchor(profiles[x]) < anchor(profiles[y]) ? -1 : anchor(profiles[x]) > anchor(profiles[y]) ? 1 : x - y));
    for (let s = 0; s < sorted.length; s++) for (let t = s + 1; t <= s + thresholds.window && t < sorted.length; t++) link(sorted[s], sorted[t]);
  }
  return near;
}

/**
 * The `k` partners a profile shares the most keys with (ties: the lower index), ascending.
 * `ps` holds its partners with one repeat per shared key.
 */
export function strongestPartners(ps: readonly number[], k: number): Int32Array {
  const sorted = Int32Array.from(ps).sort();
  const runs: [number, number][] = [];
  for (let s = 0; s < sorted.length; ) {
    let t = s;
    while (t < sorted.length && sorted[t] === sorted[s]) t++;
    runs.push([sorted[s], t - s]);
    s = t;
  }
  if (runs.length > k) runs.sort((x, y) => y[1] - x[1] || x[0] - y[0]).length = k;
  return Int32Array.from(runs.map((x) => x[0])).sort();
}

/**
 * Visits every candidate pair (i, j), i < j (indexes into `profiles`), once, in ascending order,
 * without holding them all. A pair is a candidate when it shares a key and one of the two is
 * among the other's `thresholds.maxPartners` strongest partners (most keys shared): a record's
 * candidates stay bounded however large the set grows (more records means more chance sharings
 * of a rare word or a surname), so the cost grows linearly.
 */
export function forEachCandidate(profiles: Profile[], r: Rarity, visit: (i: number, j: number) => void): void {
  const near = partners(profiles, r);
  const forward: number[][] = profiles.map(() => []);
  for (let i = 0; i < near.length; i++) {
    for (const j of strongestPartners(near[i], thresholds.maxPartners)) forward[Math.min(i, j)].push(Math.max(i, j));
    near[i] = [];
  }
  for (let i = 0; i < forward.length; i++) {
    const js = Int32Array.from(forward[i]).sort();
    forward[i] = [];
    for (let k = 0; k < js.length; k++) if (k === 0 || js[k] !== js[k - 1]) visit(i, js[k]);
  }
}

/** Candidate pairs [i, j] (i < j, indexes into `profiles`), each once, in ascending order. */
export function candidatePairs(profiles: Profile[], r: Rarity): [number, number][] {
  const out: [number, number][] = [];
  forEachCandidate(profiles, r, (i, j) => out.push([i, j]));
  return out;
}

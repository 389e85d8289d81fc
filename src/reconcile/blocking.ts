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

/** A block: the profiles sharing one key, and for an oversized one their date order and each member's place in it. */
interface Block {
  members: number[];
  sorted?: number[];
  position?: Map<number, number>;
}

/** The blocks of each profile (blocks of one member left out). */
function blocksOf(profiles: Profile[], r: Rarity): Block[][] {
  const byKey = new Map<string, Block>();
  const keys = profiles.map((p, i) => {
    const ks = blockingKeys(p, r);
    for (const k of ks) {
      let b = byKey.get(k);
      if (!b) byKey.set(k, (b = { members: [] }));
      b.members.push(i);
    }
    return ks;
  });
  for (const b of byKey.values()) {
    if (b.members.length <= thresholds.maxBlock) continue;
    b.sorted = [...b.members].sort((x, y) => (anchor(profiles[x]) < anchor(profiles[y]) ? -1 : anchor(profiles[x]) > anchor(profiles[y]) ? 1 : x - y));
    b.position = new Map(b.sorted.map((m, n) => [m, n]));
  }
  return keys.map((ks) => ks.map((k) => byKey.get(k)!).filter((b) => b.members.length > 1));
}

/**
 * The partners profile `i` shares keys with, counted once per key shared (into `counts`, each
 * listed once in `touched`): from a small block every other member, from an oversized one its
 * neighbours within `window` in date order.
 */
function countPartners(i: number, blocks: Block[], counts: Int32Array, touched: number[]): void {
  const bump = (m: number) => {
    if (counts[m]++ === 0) touched.push(m);
  };
  for (const b of blocks) {
    if (!b.sorted) {
      for (const m of b.members) if (m !== i) bump(m);
      continue;
    }
    const at = b.position!.get(i)!;
    const last = Math.min(b.sorted.length - 1, at + thresholds.window);
    for (let n = Math.max(0, at - thresholds.window); n <= last; n++) if (n !== at) bump(b.sorted[n]);
  }
}

/**
 * The `k` of `partners` with the highest `counts` (ties: the lower index), ascending. Counts are
 * small (a profile has a few dozen keys), so partners are taken by count from the top down and
 * only the count where the `k` run out is sorted by index.
 */
export function strongest(partners: readonly number[], counts: ArrayLike<number>, k: number): Int32Array {
  if (partners.length <= k) return Int32Array.from(partners).sort();
  const byCount: number[][] = [];
  for (const m of partners) (byCount[counts[m]] ??= []).push(m);
  const chosen: number[] = [];
  for (let c = byCount.length - 1; c > 0 && chosen.length < k; c--) {
    const ms = byCount[c];
    if (!ms) continue;
    if (chosen.length + ms.length <= k) chosen.push(...ms);
    else chosen.push(...ms.sort((x, y) => x - y).slice(0, k - chosen.length));
  }
  return Int32Array.from(chosen).sort();
}

/**
 * Visits every candidate pair (i, j), i < j (indexes into `profiles`), once, in ascending order,
 * without holding them all. A pair is a candidate when it shares a key and one of the two is
 * among the other's `thresholds.maxPartners` strongest partners (most keys shared): a record's
 * candidates stay bounded however large the set grows (more records means more chance sharings
 * of a rare word or a surname), so the cost grows linearly.
 */
export function forEachCandidate(profiles: Profile[], r: Rarity, visit: (i: number, j: number) => void): void {
  const blocks = blocksOf(profiles, r);
  const counts = new Int32Array(profiles.length);
  const forward: number[][] = profiles.map(() => []);
  for (let i = 0; i < profiles.length; i++) {
    const touched: number[] = [];
    countPartners(i, blocks[i], counts, touched);
    for (const j of strongest(touched, counts, thresholds.maxPartners)) forward[Math.min(i, j)].push(Math.max(i, j));
    for (const m of touched) counts[m] = 0;
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

/**
 * Blocking: which pairs are worth scoring. Two profiles are compared only when they share a
 * key (a vehicle, a rare place, person or word, or a type on one day). A key shared by more than
 * `maxBlock` profiles is compared only between neighbours in date order (a sorted-neighbourhood
 * window), so the number of pairs grows about linearly with the number of records.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Profile } from './profile.ts';
import type { Rarity } from './stats.ts';

/** How many of each kind of rare key a profile contributes. */
const PER_KIND = { places: 6, people: 6, words: 8 };

const byRarity = (r: Rarity, ns: string) => (x: string, y: string) => r.count(`${ns}${x}`) - r.count(`${ns}${y}`) || (x < y ? -1 : x > y ? 1 : 0);

/** The blocking keys of one profile. */
export function blockingKeys(p: Profile, r: Rarity): string[] {
  const rare = (xs: string[], ns: string, n: number) =>
    xs.filter((x) => !r.common(`${ns}${x}`) && r.count(`${ns}${x}`) > 1).sort(byRarity(r, ns)).slice(0, n).map((x) => `${ns}${x}`);
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
 * Visits every candidate pair (i, j), i < j (indexes into `profiles`), once, in ascending order,
 * without holding them all: at 100,000 records there are millions, and the clustering keeps only
 * the few that are links.
 */
export function forEachCandidate(profiles: Profile[], r: Rarity, visit: (i: number, j: number) => void): void {
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const k of blockingKeys(p, r)) {
      let b = blocks.get(k);
      if (!b) blocks.set(k, (b = []));
      b.push(i);
    }
  });
  const near: number[][] = profiles.map(() => []);
  const small: number[][] = [];
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length <= thresholds.maxBlock) {
      small.push(members);
      continue;
    }
    const sorted = [...members].sort((x, y) => (anchor(profiles[x]) < anchor(profiles[y]) ? -1 : anchor(profiles[x]) > anchor(profiles[y]) ? 1 : x - y));
    for (let s = 0; s < sorted.length; s++) {
      for (let t = s + 1; t <= s + thresholds.window && t < sorted.length; t++) {
        const [x, y] = sorted[s] < sorted[t] ? [sorted[s], sorted[t]] : [sorted[t], sorted[s]];
        near[x].push(y);
      }
    }
  }
  blocks.clear();
  // members were pushed in index order, so each member's partners in a small block come after it
  for (const members of small) for (let s = 0; s < members.length; s++) for (let t = s + 1; t < members.length; t++) near[members[s]].push(members[t]);
  small.length = 0;
  for (let i = 0; i < near.length; i++) {
    const js = Int32Array.from(near[i]).sort();
    near[i] = [];
    for (let k = 0; k < js.length; k++) if (k === 0 || js[k] !== js[k - 1]) visit(i, js[k]);
  }
}

/** Candidate pairs [i, j] (i < j, indexes into `profiles`), each once, in ascending order. */
export function candidatePairs(profiles: Profile[], r: Rarity): [number, number][] {
  const out: [number, number][] = [];
  forEachCandidate(profiles, r, (i, j) => out.push([i, j]));
  return out;
}

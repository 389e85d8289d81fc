/**
 * How rare each place, person and word is among the profiles being reconciled: a shared rare
 * word ("Qeshm") is evidence, a shared common one ("police") is not. Counts are over the whole
 * set, so the result depends only on the set of records, never on their order.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Profile } from './profile.ts';

/** Small corpora behave as if they had this many records, so one shared word is not everything. */
const MIN_N = 50;

export class Rarity {
  readonly n: number;
  private readonly df = new Map<string, number>();

  constructor(profiles: Profile[]) {
    this.n = profiles.length;
    for (const p of profiles) for (const k of keysOf(p)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Too common to say anything: in more than `maxDocShare` of the records (and more than 10). */
  common(key: string): boolean {
    return this.count(key) > Math.max(10, thresholds.maxDocShare * this.n);
  }

  /** 1 for a key in one record, falling towards 0 for a key in every record. */
  rarity(key: string): number {
    const df = Math.max(1, this.count(key));
    return this.common(key) ? 0 : Math.max(0, 1 - Math.log(df) / Math.log(Math.max(this.n, MIN_N)));
  }

  /** Inverse document frequency, for word vectors. */
  idf(key: string): number {
    return this.common(key) ? 0 : Math.log((Math.max(this.n, MIN_N) + 1) / Math.max(1, this.count(key)));
  }
}

/** Namespaced keys of one profile: `p:` places, `n:` surnames, `w:` words. */
export function keysOf(p: Profile): string[] {
  return [...new Set([...p.places.map((x) => `p:${x}`), ...p.people.map((x) => `n:${x.surname}`), ...p.words.map((x) => `w:${x}`)])];
}

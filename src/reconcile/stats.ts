/**
 * How rare each place, person and word is among the profiles being reconciled: a shared rare
 * word ("Qeshm") is evidence, a shared common one ("police") is not. Counts are over the whole
 * set, so the result depends only on the set of records, never on their order.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Profile } from './profile.ts';

/** Small corpora behave as if they had this many records, so one shared word is not everything. */
const MIN_N = 50;

/** A profile's words as a sparse vector: interned ids (ascending), idf weights, and the norm. */
export interface WordVec {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

/** A profile's places, with what the place evidence needs of them precomputed. */
export interface PlaceView {
  all: Set<string>;
  /** The places not too common to tell anything, in the profile's order. */
  specific: string[];
  /** `rarity` of each specific place. */
  rarity: number[];
  /** The words of the specific place names ("new york", "york county" share "york"). */
  words: Set<string>;
}

/** A profile's people as the person evidence reads them. */
export interface PeopleView {
  /** The people whose surname is not common, in the profile's order. */
  specific: Profile['people'];
  /** `rarity` of each one's surname. */
  rarity: number[];
}

export class Rarity {
  readonly n: number;
  private readonly df = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly vecs = new WeakMap<Profile, WordVec>();
  private readonly placeViews = new WeakMap<Profile, PlaceView>();
  private readonly peopleViews = new WeakMap<Profile, PeopleView>();

  constructor(profiles: Profile[]) {
    this.n = profiles.length;
    for (const p of profiles) for (const k of keysOf(p)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  /** The word vector of a profile (computed once). */
  vector(p: Profile): WordVec {
    let v = this.vecs.get(p);
    if (v) return v;
    const entries = p.words
      .map((w) => [this.idOf(w), this.idf(`w:${w}`)] as const)
      .filter(([, x]) => x > 0)
      .sort((a, b) => a[0] - b[0]);
    v = { ids: Int32Array.from(entries.map((e) => e[0])), w: Float64Array.from(entries.map((e) => e[1])), norm: Math.sqrt(entries.reduce((s, e) => s + e[1] * e[1], 0)) };
    this.vecs.set(p, v);
    return v;
  }

  /** The places of a profile as the place evidence reads them (computed once). */
  places(p: Profile): PlaceView {
    let v = this.placeViews.get(p);
    if (v) return v;
    const specific = p.places.filter((x) => !this.common(`p:${x}`));
    v = {
      all: new Set(p.places),
      specific,
      rarity: specific.map((x) => this.rarity(`p:${x}`)),
      words: new Set(specific.flatMap((x) => x.split(' '))),
    };
    this.placeViews.set(p, v);
    return v;
  }

  /** The people of a profile whose surname is not too common to tell anything, with its rarity (computed once). */
  people(p: Profile): PeopleView {
    let v = this.peopleViews.get(p);
    if (v) return v;
    const specific = p.people.filter((x) => !this.common(`n:${x.surname}`));
    v = { specific, rarity: specific.map((x) => this.rarity(`n:${x.surname}`)) };
    this.peopleViews.set(p, v);
    return v;
  }

  word(id: number): string {
    return this.words[id];
  }

  private idOf(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(w, id);
      this.words.push(w);
    }
    return id;
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

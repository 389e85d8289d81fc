/**
 * compromise's `bulkMatch` (what `view.sweep(net)` runs: the post-tagger's fix-up patterns, and
 * every `match()` of a pattern list), with the choice of patterns per clause indexed.
 *
 * For each clause, stock compromise walks every hook key of the net (730 words and tags for
 * the post-tagger's 570 patterns), concatenates the pattern lists of the keys the clause holds,
 * removes repeats, and filters them by needs, exclusions and wants in three more passes: about
 * a third of a whole `nlp()` parse of news text (CPU profile, 2026-12-07). Here each pattern is
 * listed under one key a clause must hold (its need with the fewest patterns, or else each of
 * its wants), so a clause visits only the patterns listed under its own words and tags; the
 * ones that pass the same filters are put in stock order by the rank of their first key in the
 * net. The result is the same list in the same order, so the same matches run in the same
 * order and give the same tags (test/extract/sweep.test.ts compares every term's tags with
 * stock compromise's on the corpus).
 */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}
interface MatchResult {
  ptrs: number[][];
}
interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], todo: Pattern): MatchResult;
  };
}
interface Found extends Pattern {
  pointer: number[];
}

/** A pattern of the net, with what selecting it needs: its number and the net keys it is listed under. */
interface Entry {
  p: Pattern;
  id: number;
  /** The net keys the pattern is listed under, by rank, with its position in each key's list. */
  keys: string[];
  ranks: number[];
  ats: number[];
}

/**
 * The net, indexed: each pattern is listed under one key that a sentence must hold for the
 * pattern to be tried (one of its needs, since all are required; else each of its wants).
 */
interface HookIndex {
  triggers: Map<string, Entry[]>;
  /** The sentence each pattern was last looked at for (a mark without a Set). */
  seen: Int32Array;
  stamp: number;
}
const indexes = new WeakMap<Record<string, Pattern[]>, HookIndex>();

/** The need listed for the fewest patterns (a proxy for the rarest in text: fewer visits). */
function triggerNeed(p: Pattern, hooks: Record<string, Pattern[]>): string {
  return p.needs.reduce((a, b) => (hooks[b].length < hooks[a].length ? b : a));
}

export function hookIndex(hooks: Record<string, Pattern[]>): HookIndex {
  let index = indexes.get(hooks);
  if (index) return index;
  const entries = new Map<Pattern, Entry>();
  Object.keys(hooks).forEach((key, rank) => {
    // Object.keys order is the order stock compromise concatenates in (integer-like keys first)
    hooks[key].forEach((p, at) => {
      let e = entries.get(p);
      if (!e) entries.set(p, (e = { p, id: entries.size, keys: [], ranks: [], ats: [] }));
      e.keys.push(key);
      e.ranks.push(rank);
      e.ats.push(at);
    });
  });
  const triggers = new Map<string, Entry[]>();
  const listUnder = (key: string, e: Entry) => {
    const list = triggers.get(key);
    if (list) list.push(e);
    else triggers.set(key, [e]);
  };
  for (const e of entries.values()) {
    if (e.p.needs.length > 0) listUnder(triggerNeed(e.p, hooks), e);
    else for (const want of new Set(e.p.wants)) listUnder(want, e);
  }
  index = { triggers, seen: new Int32Array(entries.size), stamp: 0 };
  indexes.set(hooks, index);
  return index;
}

/** Whether a pattern may match a sentence holding `haves`: every need, no exclusion, enough wants. */
export function mayMatch(p: Pattern, haves: Set<string>): boolean {
  for (const need of p.needs) if (!haves.has(need)) return false;
  if (p.ifNo !== undefined && p.ifNo.some((no) => haves.has(no))) return false;
  if (p.wants.length === 0) return true;
  let found = 0;
  for (const want of p.wants) if (haves.has(want)) found++;
  return found >= p.minWant;
}

/**
 * The patterns to try on one sentence, in stock compromise's order: a pattern comes where it
 * first appears when the lists of the keys the sentence holds are concatenated in net order.
 * (Stock compromise also drops a pattern whose match string came earlier; the net lists each
 * match string once per key, and two patterns with one string have the same keys, so the
 * later one is in no list at all.)
 */
export function candidates(net: Net, haves: Set<string>, termCount: number): Pattern[] {
  const index = hookIndex(net.hooks);
  if (index.stamp === 0x7fffffff) {
    index.seen.fill(0); // the marks are Int32: start again rather than wrap
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const kept: { p: Pattern; rank: number; at: number }[] = [];
  for (const key of haves) {
    const list = index.triggers.get(key);
    if (list === undefined) continue;
    for (const e of list) {
      if (index.seen[e.id] === stamp) continue;
      index.seen[e.id] = stamp;
      if (termCount < e.p.minWords || !mayMatch(e.p, haves)) continue;
      let k = 0;
      while (!haves.has(e.keys[k])) k++; // a kept pattern holds one of its keys at least
      kept.push({ p: e.p, rank: e.ranks[k], at: e.ats[k] });
    }
  }
  kept.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const out = kept.map((k) => k.p);
  for (const p of net.always) if (termCount >= p.minWords) out.push(p);
  return out;
}

export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const cache = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const p of candidates(net, cache[n], document[n].length)) {
      const res = methods.one.match([document[n]], p);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push(Object.assign({}, p, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

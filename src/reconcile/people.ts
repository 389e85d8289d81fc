/**
 * One person across the articles of an incident: transliterations (Sergei/Sergey), typos
 * (Voronnov), surname-only mentions ("Voronov said") become one person with every spelling kept.
 * The name shown is the full spelling most articles use (then the longest, then alphabetical).
 * Trap: a surname-only mention that fits two different people (two Kuzmins) stays on its own.
 */
import { distance } from 'fastest-levenshtein';
import { squashName, translitKey } from '../eval/match.ts';
import type { Person, SourcedSpan } from '../schema/index.ts';

export interface PersonClaim {
  article: string;
  person: Person;
}

export interface MergedPersonOut {
  name: string;
  role?: string;
  affiliation?: string;
  variants: string[];
  sources: string[];
  evidence: SourcedSpan[];
}

const words = (n: string) => n.split(/\s+/).filter(Boolean);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Full names first (more words first), then by name: the order groups are seeded in. */
function seedOrder(a: PersonClaim, b: PersonClaim): number {
  return words(b.person.name).length - words(a.person.name).length || cmp(a.person.name, b.person.name) || cmp(a.article, b.article);
}

const parts = (n: string) => n.split(/[\s,]+/).filter((t) => /\p{L}/u.test(t) && !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t));

/** Letters NFKD does not split: "Kjærgaard" ≡ "Kjaergaard". */
const fold = (s: string) => s.replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/œ/gi, 'oe').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l');

/** Surnames equal after folding transliterations, or one edit apart (a typo) when long enough. */
function sameSurname(a: string, b: string, minTypoLength: number): boolean {
  if (translitKey(fold(a)) === translitKey(fold(b))) return true;
  const [x, y] = [squashName(fold(a)), squashName(fold(b))];
  return Math.min(x.length, y.length) >= minTypoLength && distance(x, y) <= 1;
}

/** First names agree: folded equal, one is the other's initial, or one is missing. */
function sameGiven(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const [x, y] = [squashName(fold(a)), squashName(fold(b))];
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  return translitKey(fold(a)) === translitKey(fold(b)) || (Math.min(x.length, y.length) >= 5 && distance(x, y) <= 1);
}

/**
 * Two spellings of one person (stricter than scoring's lenient match): same surname, and the
 * given names agree when both are written. "Ray Ostrander" and "Ray Osmond" are two people.
 */
export function samePersonName(a: string, b: string): boolean {
  const [p, q] = [parts(a), parts(b)];
  if (!p.length || !q.length) return false;
  const [gp, gq] = [p.length > 1 ? p[0] : undefined, q.length > 1 ? q[0] : undefined];
  // a short surname may carry a typo only when the same full given name is written on both sides ("Ronald Vick" / "Ronald Vik")
  const sameFullGiven = !!gp && !!gq && gp.length > 1 && squashName(fold(gp)) === squashName(fold(gq));
  return sameSurname(p[p.length - 1], q[q.length - 1], sameFullGiven ? 3 : 5) && sameGiven(gp, gq);
}

/** A group being built: its claims, and the spellings (names and variants) its members write. */
interface Forming {
  claims: PersonClaim[];
  /** Spellings of the members written with more than one word. */
  full: Set<string>;
  all: Set<string>;
}

/** `samePersonName`, each pair of spellings compared once per call (copies of one story repeat the same few names). */
function memoSameName(): (a: string, b: string) => boolean {
  const seen = new Map<string, boolean>();
  return (a, b) => {
    const k = `${a}\u0000${b}`;
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = samePersonName(a, b)));
    return v;
  };
}

/** A claim fits a group when one of its spellings names the same person as a spelling of the group's full-name members (of any member when none has a full name). */
function fits(group: Forming, names: string[], same: (a: string, b: string) => boolean): boolean {
  for (const n of group.full.size ? group.full : group.all) if (names.some((m) => same(m, n))) return true;
  return false;
}

function add(group: Forming, c: PersonClaim): void {
  group.claims.push(c);
  const spellings = [c.person.name, ...c.person.variants];
  for (const n of spellings) group.all.add(n);
  if (words(c.person.name).length > 1) for (const n of spellings) group.full.add(n);
}

/** Groups the claims into people; deterministic for a given set of claims. */
export function groupPeople(claims: PersonClaim[]): PersonClaim[][] {
  const groups: Forming[] = [];
  const same = memoSameName();
  for (const c of [...claims].sort(seedOrder)) {
    const names = [c.person.name, ...c.person.variants];
    const fitting = groups.filter((g) => fits(g, names, same));
    const single = words(c.person.name).length === 1;
    if (fitting.length === 1 || (fitting.length > 1 && !single)) add(fitting[0], c);
    else {
      const g: Forming = { claims: [], full: new Set(), all: new Set() };
      add(g, c);
      groups.push(g);
    }
  }
  return groups.map((g) => g.claims);
}

/** The most frequent value among the claims (by number of articles), ties alphabetical. */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0];
}

export function mergePersonGroup(group: PersonClaim[]): MergedPersonOut {
  const spellings = new Map<string, Set<string>>();
  for (const c of group) spellings.set(c.person.name, new Set([...(spellings.get(c.person.name) ?? []), c.article]));
  const rank = ([n, arts]: [string, Set<string>]) => [words(n).length > 1 ? 1 : 0, arts.size, n.length];
  const name = [...spellings.entries()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2] || cmp(a[0], b[0]);
  })[0][0];
  const variants = [...new Set(group.flatMap((c) => [c.person.name, ...c.person.variants]))].filter((v) => v !== name).sort();
  const role = mostCommon(group.map((c) => c.person.role));
  const affiliation = mostCommon(group.map((c) => c.person.affiliation));
  return {
    name,
    ...(role ? { role } : {}),
    ...(affiliation ? { affiliation } : {}),
    variants,
    sources: [...new Set(group.map((c) => c.article))].sort(),
    evidence: group.flatMap((c) => c.person.evidence.map((e) => ({ article: c.article, ...e }))),
  };
}

export function mergePeople(claims: PersonClaim[]): MergedPersonOut[] {
  return groupPeople(claims).map(mergePersonGroup).sort((a, b) => cmp(a.name, b.name));
}

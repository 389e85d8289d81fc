/**
 * The `explanation` of a reconciled incident: why its members were merged (each link, with the
 * evidence on both sides and the points it adds up to) and why the nearest other incidents were
 * kept apart, in sentences a person can check against the records.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Clustering, Link } from './cluster.ts';
import type { Evidence } from './evidence.ts';
import type { Profile } from './profile.ts';

/** How many "kept apart" sentences an incident carries at most. */
const MAX_APART = 3;

const says = (ev: Evidence[]) => ev.filter((e) => !e.hard).map((e) => `${e.says} (${e.points > 0 ? '+' : ''}${e.points})`).join('; ');

function linkSentence(l: Link, profiles: Profile[]): string {
  const [a, b] = [profiles[l.a], profiles[l.b]];
  return `${b.article} joins ${a.article}: ${says(l.score.evidence)}; ${l.score.points} points, ${thresholds.mergeThreshold} needed.`;
}

function apartSentence(l: Link, other: string, profiles: Profile[]): string {
  const hard = l.score.evidence.find((e) => e.hard);
  const [a, b] = [profiles[l.a], profiles[l.b]];
  if (hard) return `Kept apart from ${other} (${a.article} / ${b.article}): ${hard.says}.`;
  return `Kept apart from ${other} (${a.article} / ${b.article}): ${says(l.score.evidence) || 'nothing in common'}; ${l.score.points} points, ${thresholds.mergeThreshold} needed.`;
}

/**
 * Explanations for every group, in group order. `nameOf(i)` is the final incident id of the group
 * holding profile i.
 */
export function explanations(c: Clustering, profiles: Profile[], nameOf: (i: number) => string): string[][] {
  const groupOf = new Map<number, number>();
  c.groups.forEach((g, n) => g.forEach((i) => groupOf.set(i, n)));
  const out: string[][] = c.groups.map((g) => (g.length === 1 ? [`Reported by one article (${profiles[g[0]].article}).`] : []));
  for (const d of c.decisions) {
    const [ga, gb] = [groupOf.get(d.link.a)!, groupOf.get(d.link.b)!];
    if (d.merged) out[ga].push(linkSentence(d.link, profiles));
  }
  const apart = c.groups.map(() => new Set<string>());
  const addApart = (n: number, other: string, sentence: string) => {
    if (apart[n].size >= MAX_APART || apart[n].has(other)) return;
    apart[n].add(other);
    out[n].push(sentence);
  };
  for (const d of c.decisions) {
    if (d.merged) continue;
    const [ga, gb] = [groupOf.get(d.link.a)!, groupOf.get(d.link.b)!];
    if (ga === gb) continue;
    const why = `Kept apart from %s although ${profiles[d.link.a].article} and ${profiles[d.link.b].article} agree (${d.link.score.points} points): ${d.blocked!.says}.`;
    addApart(ga, nameOf(d.link.b), why.replace('%s', nameOf(d.link.b)));
    addApart(gb, nameOf(d.link.a), why.replace('%s', nameOf(d.link.a)));
  }
  // near misses worth a sentence: the evidence for "same" alone would have merged them
  const forSame = (l: Link) => l.score.evidence.reduce((s, e) => s + (e.hard ? 0 : Math.max(0, e.points)), 0);
  for (const l of c.nearMisses) {
    if (forSame(l) < thresholds.mergeThreshold) continue;
    const [ga, gb] = [groupOf.get(l.a)!, groupOf.get(l.b)!];
    if (ga === gb) continue;
    addApart(ga, nameOf(l.b), apartSentence(l, nameOf(l.b), profiles));
    addApart(gb, nameOf(l.a), apartSentence(l, nameOf(l.a), profiles));
  }
  return out;
}

/**
 * The `explanation` of a reconciled incident: why its members were merged (each link, with the
 * evidence on both sides and the points it adds up to) and why the nearest other incidents were
 * kept apart, in sentences a person can check against the records. Pairs are scored again here
 * with their sentences; clustering itself keeps only numbers.
 */
import { thresholds } from '../lexicons/reconcile.ts';
import type { Clustering, Link } from './cluster.ts';
import { scorePair, type Evidence } from './evidence.ts';
import type { Profile } from './profile.ts';

/** How many "kept apart" sentences an incident carries at most. */
const MAX_APART = 3;

const says = (ev: Evidence[]) => ev.filter((e) => !e.hard).map((e) => `${e.says} (${e.points > 0 ? '+' : ''}${e.points})`).join('; ');

/**
 * Explanations for every group, in group order. `nameOf(i)` is the final incident id of the group
 * holding profile i.
 */
export function explanations(c: Clustering, profiles: Profile[], nameOf: (i: number) => string): string[][] {
  const evidence = (x: number, y: number) => scorePair(profiles[x], profiles[y], c.rarity, true);
  const groupOf = new Int32Array(profiles.length);
  c.groups.forEach((g, n) => g.forEach((i) => (groupOf[i] = n)));
  const out: string[][] = c.groups.map((g) => (g.length === 1 ? [`Reported by one article (${profiles[g[0]].article}).`] : []));
  for (const d of c.decisions) {
    if (!d.merged) continue;
    const [a, b] = [profiles[d.link.a], profiles[d.link.b]];
    out[groupOf[d.link.a]].push(`${b.article} joins ${a.article}: ${says(evidence(d.link.a, d.link.b).evidence)}; ${d.link.points} points, ${thresholds.mergeThreshold} needed.`);
  }
  const apart = c.groups.map(() => new Set<number>());
  const addApart = (mine: number, other: number, sentence: () => string) => {
    const [n, m] = [groupOf[mine], groupOf[other]];
    if (n === m || apart[n].size >= MAX_APART || apart[n].has(m)) return;
    apart[n].add(m);
    out[n].push(sentence().replace('%s', nameOf(other)));
  };
  const pair = (l: Link) => `${profiles[l.a].article} / ${profiles[l.b].article}`;
  for (const d of c.decisions) {
    if (d.merged) continue;
    const why = () => {
      const b = d.blocked!;
      if (b.kind === 'average') return `the two groups agree too little on average (${b.mean} points per pair, ${thresholds.clusterThreshold} needed)`;
      const hard = evidence(b.x, b.y).evidence.find((e) => e.hard)!;
      return `${profiles[b.x].article} and ${profiles[b.y].article}: ${hard.says}`;
    };
    const sentence = () => `Kept apart from %s although ${pair(d.link)} agree (${d.link.points} points): ${why()}.`;
    addApart(d.link.a, d.link.b, sentence);
    addApart(d.link.b, d.link.a, sentence);
  }
  for (const l of c.nearMisses) {
    const sentence = () => {
      const s = evidence(l.a, l.b);
      const hard = s.evidence.find((e) => e.hard);
      return hard ? `Kept apart from %s (${pair(l)}): ${hard.says}.` : `Kept apart from %s (${pair(l)}): ${says(s.evidence)}; ${l.points} points, ${thresholds.mergeThreshold} needed.`;
    };
    addApart(l.a, l.b, sentence);
    addApart(l.b, l.a, sentence);
  }
  return out;
}

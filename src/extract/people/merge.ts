/**
 * person.merge-spans: several rules often find the same name ("Capt. Lena Ortiz, the ferry's
 * master," is found by compromise, the title prefix and the apposition). Overlapping mentions
 * become one: the longest span, the most specific rule's id, every distinct role.
 */
import type { PersonMention, Refiner } from '../types.ts';
import { overlaps } from './spans.ts';

/** Lower is more specific. Rules not listed rank last. */
const RULE_RANK: Record<string, number> = {
  'person.apposition-role': 0,
  'person.role-apposition': 1,
  'person.title-prefix': 2,
  'person.compromise': 3,
  'person.surname-variant': 4,
};
const rank = (m: PersonMention) => RULE_RANK[m.ruleId] ?? 9;

/** Joins roles, dropping one contained in another ("astronaut" in "NASA astronaut"). */
export function joinRoles(roles: (string | undefined)[]): string | undefined {
  const distinct: string[] = [];
  for (const r of roles) {
    if (!r) continue;
    const low = r.toLowerCase();
    if (distinct.some((d) => d.toLowerCase().includes(low))) continue;
    for (let j = distinct.length - 1; j >= 0; j--) if (low.includes(distinct[j].toLowerCase())) distinct.splice(j, 1);
    distinct.push(r);
  }
  return distinct.length ? distinct.join(', ') : undefined;
}

function mergeCluster(cluster: PersonMention[]): PersonMention {
  const longest = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b))[0];
  const best = [...cluster].sort((a, b) => rank(a) - rank(b))[0];
  const byRank = [...cluster].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const merged: PersonMention = { ...longest, ruleId: best.ruleId };
  const role = joinRoles(byRank.map((m) => m.role));
  const affiliation = byRank.find((m) => m.affiliation)?.affiliation;
  const excluded = byRank.find((m) => m.excluded)?.excluded;
  delete merged.role;
  delete merged.affiliation;
  delete merged.excluded;
  if (role) merged.role = role;
  if (affiliation) merged.affiliation = affiliation;
  if (excluded) merged.excluded = excluded;
  return merged;
}

export function mergeSpans(mentions: PersonMention[]): PersonMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonMention[] = [];
  let cluster: PersonMention[] = [];
  let clusterEnd = -1;
  for (const m of sorted) {
    if (cluster.length && m.start >= clusterEnd) {
      out.push(mergeCluster(cluster));
      cluster = [];
    }
    cluster.push(m);
    clusterEnd = Math.max(clusterEnd, m.end);
  }
  if (cluster.length) out.push(mergeCluster(cluster));
  return out.filter((m, j) => j === 0 || !overlaps(out[j - 1], m));
}

export const mergePersonSpans: Refiner<PersonMention> = {
  id: 'person.merge-spans',
  description: "one mention per name span, roles joined: 'Capt. Lena Ortiz, the ferry's master' → captain, master",
  refine: (mentions) => mergeSpans(mentions),
};

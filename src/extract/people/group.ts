/**
 * groupPeople: the mentions of one person, under the fullest spelling, with every other
 * spelling as a variant ("Sergey Ivanov" ← "Ivanov", "Ivanoov"). Excluded mentions
 * (bylines, credits, outlets) are left out.
 */
import type { PersonMention } from '../types.ts';
import { nameParts, samePerson, translitKey } from './names.ts';

export interface PersonGroup {
  /** The fullest spelling: most words, then longest, then most frequent, then first seen. */
  name: string;
  /** Every other spelling seen, sorted. */
  variants: string[];
  /** The first role stated, in text order. */
  role?: string;
  affiliation?: string;
  mentions: PersonMention[];
}

/**
 * The group a mention joins. Full names compare whole. A lone word ("Novak") joins the group
 * whose surname it spells (exact before one-edit); when two people share it, the one mentioned
 * last before it; failing a surname, the one group whose first name it is ("Ellen").
 */
function findGroup(groups: PersonMention[][], m: PersonMention): PersonMention[] | undefined {
  const compare = (g: PersonMention[]) => {
    const hows = g.map((o) => samePerson(m.name, o.name));
    return hows.find((c) => c === 'same') ?? hows.find(Boolean);
  };
  const scored = groups.map((g) => ({ g, how: compare(g) })).filter((x) => x.how);
  const same = scored.filter((x) => x.how === 'same');
  const pool = (same.length ? same : scored).map((x) => x.g);
  if (pool.length === 1) return pool[0];
  const single = nameParts(m.name).words.length <= 1;
  if (pool.length > 1) return single ? nearestBefore(pool, m) : pool[0];
  if (!single) return undefined;
  const byFirst = groups.filter((g) => g.some((o) => nameParts(o.name).first && translitKey(nameParts(o.name).first!) === translitKey(m.name)));
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

/** The group with the latest mention before `m` (else the first group). */
function nearestBefore(pool: PersonMention[][], m: PersonMention): PersonMention[] {
  const last = (g: PersonMention[]) => Math.max(-1, ...g.filter((o) => o.start < m.start).map((o) => o.start));
  return [...pool].sort((a, b) => last(b) - last(a))[0];
}

function fullest(spellings: string[]): string {
  const count = new Map<string, number>();
  for (const s of spellings) count.set(s, (count.get(s) ?? 0) + 1);
  return [...count.keys()].sort(
    (a, b) =>
      nameParts(b).words.length - nameParts(a).words.length ||
      b.length - a.length ||
      count.get(b)! - count.get(a)! ||
      spellings.indexOf(a) - spellings.indexOf(b),
  )[0];
}

export function groupPeople(mentions: PersonMention[]): PersonGroup[] {
  const kept = mentions.filter((m) => !m.excluded).sort((a, b) => a.start - b.start);
  // full names first, so a lone surname finds the person it abbreviates
  const order = [...kept].sort((a, b) => nameParts(b.name).words.length - nameParts(a.name).words.length || a.start - b.start);
  const groups: PersonMention[][] = [];
  for (const m of order) {
    const g = findGroup(groups, m);
    if (g) g.push(m);
    else groups.push([m]);
  }
  return groups
    .map((g) => g.sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0].start - b[0].start)
    .map((g) => {
      const spellings = g.map((m) => m.name);
      const name = fullest(spellings);
      const group: PersonGroup = { name, variants: [...new Set(spellings)].filter((s) => s !== name).sort(), mentions: g };
      const role = g.find((m) => m.role)?.role;
      const affiliation = g.find((m) => m.affiliation)?.affiliation;
      if (role) group.role = role;
      if (affiliation) group.affiliation = affiliation;
      return group;
    });
}

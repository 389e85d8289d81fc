/**
 * People, organisations and places of an incident: the article-level groups (spelling
 * variants already merged by the extract stage) that have a mention in the incident's
 * sentences, with the evidence of those mentions only.
 */
import type { NamedFact, Person } from '../schema/index.ts';
import type { NamedMention, PersonMention } from '../extract/types.ts';
import { toSpan, uniqueSpans } from './spans.ts';

export interface PersonGroupLike {
  name: string;
  variants: string[];
  role?: string;
  affiliation?: string;
  mentions: PersonMention[];
}

export interface NamedGroupLike {
  name: string;
  mentions: NamedMention[];
}

export function incidentPeople(groups: PersonGroupLike[], inThread: (s: number) => boolean): Person[] {
  return groups.flatMap((g) => {
    const mine = g.mentions.filter((m) => inThread(m.sentence) && !m.excluded);
    if (mine.length === 0) return [];
    const p: Person = { name: g.name, variants: g.variants, evidence: uniqueSpans(mine.map(toSpan)), ruleId: mine[0].ruleId };
    const role = mine.find((m) => m.role)?.role ?? g.role;
    const affiliation = mine.find((m) => m.affiliation)?.affiliation ?? g.affiliation;
    if (role) p.role = role;
    if (affiliation) p.affiliation = affiliation;
    return [p];
  });
}

export function incidentNamed(groups: NamedGroupLike[], inThread: (s: number) => boolean): NamedFact[] {
  return groups.flatMap((g) => {
    const mine = g.mentions.filter((m) => inThread(m.sentence));
    return mine.length ? [{ name: g.name, evidence: uniqueSpans(mine.map(toSpan)), ruleId: mine[0].ruleId }] : [];
  });
}

/** A sentence naming this many people or more, with no incident statement, is a roll call. */
const ROLL_CALL_PEOPLE = 4;

/**
 * Sentences that only list people: four or more names and no statement of the incident (no
 * trigger, cause or consequence): ticket holders, a photo line-up, guests, a board. The people
 * named there count for an incident only where another sentence names them. A list of the
 * dead states their death and stays.
 */
export function rollCallSentences(people: Pick<PersonMention, 'sentence' | 'name' | 'excluded'>[], states: (s: number) => boolean): Set<number> {
  const names = new Map<number, Set<string>>();
  for (const p of people) {
    if (p.excluded) continue;
    if (!names.has(p.sentence)) names.set(p.sentence, new Set());
    names.get(p.sentence)!.add(p.name);
  }
  return new Set([...names].filter(([s, n]) => n.size >= ROLL_CALL_PEOPLE && !states(s)).map(([s]) => s));
}

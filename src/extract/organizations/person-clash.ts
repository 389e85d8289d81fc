/**
 * When a person and an organisation claim overlapping words, one of them is wrong:
 * - a person found with a title or role ("vice president John Smith", "Pastor Jane Doe of Grace
 *   Church") beats any organisation but a lexicon entry; an organisation name that held that
 *   person keeps what follows "of" ("Grace Church");
 * - against a person guessed from capitalised words alone (compromise, a surname variant) the
 *   longer span wins ("William Clay Ford Jr." over the car maker "Ford"), and on the same span
 *   an organisation found by its own evidence ("McDonnell Douglas" after "production of
 *   McDonnell Douglas jets" and "Douglas Aircraft") beats the guess.
 */
import type { NamedMention, PersonMention } from '../types.ts';
import { overlaps } from '../people/spans.ts';

const GUESSED_PEOPLE = new Set(['person.compromise', 'person.surname-variant']);
const len = (m: { start: number; end: number }) => m.end - m.start;

/** Whether the organisation wins over the person it overlaps. */
export function orgWins(o: NamedMention, p: PersonMention): boolean {
  if (!GUESSED_PEOPLE.has(p.ruleId)) return o.ruleId === 'org.lexicon';
  if (len(o) !== len(p)) return len(o) > len(p);
  return o.ruleId !== 'org.compromise';
}

/** "Pastor Jane Doe of Grace Church" minus the person → "Grace Church", or null. */
export function afterPerson(o: NamedMention, p: PersonMention): NamedMention | null {
  const rest = /^\s+of\s+(?:the\s+)?/.exec(o.text.slice(p.end - o.start));
  if (p.start < o.start || p.end >= o.end || !rest) return null;
  const start = p.end + rest[0].length;
  const text = o.text.slice(start - o.start);
  return /^\p{Lu}/u.test(text) ? { ...o, start, text, name: text.replace(/\s+/g, ' ') } : null;
}

export function settlePersonOrgClashes<M extends { people: PersonMention[]; organizations: NamedMention[] }>(m: M): M {
  const active = m.people.filter((p) => !p.excluded);
  const people = m.people.filter((p) => p.excluded || !m.organizations.some((o) => overlaps(o, p) && orgWins(o, p)));
  const organizations = m.organizations.flatMap((o) => {
    const beaten = active.find((p) => overlaps(o, p) && !orgWins(o, p));
    if (!beaten) return [o];
    const rest = afterPerson(o, beaten);
    return rest && !active.some((p) => overlaps(rest, p)) ? [rest] : [];
  });
  return { ...m, people, organizations };
}

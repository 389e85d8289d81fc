/**
 * Location refiners.
 * - location.not-people-or-orgs: a place inside a person or an organisation span is part of that
 *   name ("Jon Park" after "investigator", "Japan Coast Guard", "Washington Post");
 * - location.overlaps: one mention per span: the more reliable rule, then the longest.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, PersonMention, Refiner } from '../types.ts';
import { overlaps, resolveOverlaps } from '../people/spans.ts';

const RULE_RANK: Record<string, number> = {
  'location.space-station': 0,
  'location.facility-suffix': 1,
  'location.feature': 1,
  'location.station-module': 1,
  'location.gazetteer': 2,
  'location.city-region': 2,
  'location.compromise': 3,
};

export function notPeopleOrOrgs(mentions: NamedMention[], people: PersonMention[], orgs: NamedMention[]): NamedMention[] {
  const persons = people.filter((p) => !p.excluded);
  return mentions.filter((m) => {
    if (m.ruleId === 'location.space-station') return true;
    if (persons.some((p) => overlaps(p, m))) return false;
    // a facility or feature that contains an org keeps its place ("NASA Johnson Space Center")
    return !orgs.some((o) => overlaps(o, m) && o.end - o.start >= m.end - m.start);
  });
}

/**
 * A guessed town that is the first word of an organisation name in the same article is that
 * organisation ("Formosa" beside "Formosa Airways"); known places are kept.
 */
export function notOrgHeads(mentions: NamedMention[], orgs: NamedMention[]): NamedMention[] {
  const guessed = new Set(['location.city-region', 'location.compromise']);
  return mentions.filter((m) => !guessed.has(m.ruleId) || !orgs.some((o) => o.name.startsWith(m.name + ' ') || o.text.startsWith(m.text + ' ')));
}

export function locationOverlaps(mentions: NamedMention[]): NamedMention[] {
  return resolveOverlaps(mentions, (m) => RULE_RANK[m.ruleId] ?? 9);
}

export const resolveLocationOverlaps: Refiner<NamedMention> = {
  id: 'location.overlaps',
  description: "one mention per span: 'San Francisco International Airport' over 'San Francisco'",
  refine: (mentions: NamedMention[], _doc: ExtractDoc) => locationOverlaps(mentions),
};

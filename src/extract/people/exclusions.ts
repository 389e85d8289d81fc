/**
 * person.exclusions: names that are not people of the incident keep their mention but carry
 * `excluded` with the reason, so callers can drop them:
 *   "By Jane Doe"                    → byline
 *   "Photo: Ann Lee/Reuters", "(AP Photo/John Smith)" → photo credit
 *   "Media contact: Jane Doe"        → press contact
 *   "Thanks to Irwin Doe for …"      → contributor thanks
 *   "— Mark Doe (@handle) …"         → tweet author
 *   "Reuters", "ABC News" tagged as people → outlet; "Amtrak", "McDonnell Douglas" → organization
 * The cues are data: `exclusionCues` in src/lexicons/people.ts.
 */
import type { ExtractDoc } from '../doc.ts';
import type { PersonMention, Refiner } from '../types.ts';
import { exclusionCues } from '../../lexicons/people.ts';
import { isOutletName, orgEntryFor } from '../organizations/lexicon.ts';
import { aircraftMakers, carBrands, roadMakers } from '../../lexicons/vehicles.ts';
import { lineAt } from './spans.ts';

/** A maker of aircraft or cars read as a person ("McDonnell Douglas", "Ford" alone) is the company. */
const VEHICLE_MAKERS = new Set<string>([...aircraftMakers, ...roadMakers, ...carBrands]);

/** The reason a mention is outside the story, or undefined. */
export function exclusionFor(doc: ExtractDoc, m: PersonMention): string | undefined {
  if (isOutletName(m.name)) return 'outlet';
  if (orgEntryFor(m.name) || VEHICLE_MAKERS.has(m.name)) return 'organization';
  const line = lineAt(doc, m.start);
  const before = doc.text.slice(line.start, m.start);
  const after = doc.text.slice(m.end, line.end);
  for (const cue of exclusionCues) {
    if (cue.before && !cue.before.test(before)) continue;
    if (cue.after && !cue.after.test(after)) continue;
    return cue.excluded;
  }
  return undefined;
}

export const markExclusions: Refiner<PersonMention> = {
  id: 'person.exclusions',
  description: "bylines, photo credits, press contacts, outlets: 'By Jane Doe' → excluded: byline",
  refine: (mentions, doc) =>
    mentions.map((m) => {
      const excluded = m.excluded ?? exclusionFor(doc, m);
      return excluded ? { ...m, excluded } : m;
    }),
};

/**
 * Locations: places where the incident happened or that the story names (cities, countries,
 * facilities, natural features, the space station and its modules).
 *
 * Run order:
 * 1. rules: space station, facilities, features, station modules, gazetteer, "Town, Country",
 *    compromise;
 * 2. not-people-or-orgs: drop places inside person and organisation spans (needs the other two
 *    extractors; they are computed once per doc and cached);
 * 3. org-heads: a guessed town that starts an organisation name is that organisation;
 * 4. overlaps: one mention per span, most reliable rule first, then longest.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { extractPeople } from '../people/index.ts';
import { organizationSpans } from '../organizations/index.ts';
import { cityRegionRule } from './city-region.ts';
import { compromisePlacesRule } from './compromise-places.ts';
import { facilityRule } from './facility-suffix.ts';
import { featureRule } from './features.ts';
import { gazetteerRule } from './gazetteer-rule.ts';
import { locationOverlaps, notOrgHeads, notPeopleOrOrgs } from './refiners.ts';
import { spaceStationRule } from './space-station.ts';
import { stationModuleRule } from './station-module.ts';

export { groupLocations, type LocationGroup } from './group.ts';
export { placeModifierMentions as extractPlaceModifiers } from './modifier.ts';

export const locationRules: readonly Rule<NamedMention>[] = [
  spaceStationRule,
  facilityRule,
  featureRule,
  stationModuleRule,
  gazetteerRule,
  cityRegionRule,
  compromisePlacesRule,
];

export function extractLocations(doc: ExtractDoc): NamedMention[] {
  const found = locationRules.flatMap((r) => r.extract(doc));
  const orgs = organizationSpans(doc);
  const kept = notOrgHeads(notPeopleOrOrgs(found, extractPeople(doc), orgs), orgs);
  return locationOverlaps(kept);
}

/**
 * All extraction, in the order it runs. Each kind is its own folder of rules and refiners;
 * the cross-kind refiners at the end settle clashes between kinds (a vehicle designation is
 * never also a person, an organisation or a place).
 */
import type { ExtractDoc } from './doc.ts';
import { extractCauses } from './causes/index.ts';
import { extractConsequences } from './consequences/index.ts';
import { extractDates, isVagueDate } from './dates/index.ts';
import { extractLocations, extractPlaceModifiers } from './locations/index.ts';
import { extractOrganizations } from './organizations/index.ts';
import { settlePersonOrgClashes } from './organizations/person-clash.ts';
import { extractPeople } from './people/index.ts';
import { nameSentences } from './people/spans.ts';
import { extractTriggers } from './triggers/index.ts';
import type {
  ClauseMention,
  DateMention,
  NamedMention,
  PersonMention,
  TriggerMention,
  VehicleMention,
} from './types.ts';
import { extractVehicles } from './vehicles/index.ts';

export interface Mentions {
  vehicles: VehicleMention[];
  triggers: TriggerMention[];
  /** Dates with a calendar value (or a duration, a recurrence): what incidents are dated by. */
  dates: DateMention[];
  /** TimeML vague references ("now", "recently", "in the future"): no calendar value, never an incident's date. */
  vagueDates: DateMention[];
  people: PersonMention[];
  organizations: NamedMention[];
  locations: NamedMention[];
  /** Places named as a modifier ("U.S. automaker", "Japanese carmakers"): whose, not where; never an incident's location. */
  placeModifiers: NamedMention[];
  causes: ClauseMention[];
  consequences: ClauseMention[];
}

/** Runs every kind's rules once over the shared document. */
export function extractMentions(doc: ExtractDoc): Mentions {
  // the name rules read these sentences with tags: one tagging pass up front, so that rules
  // running before them (the dates' tense cues) find them tagged instead of tagging one by one
  nameSentences(doc);
  const allDates = extractDates(doc);
  const found: Mentions = {
    vehicles: extractVehicles(doc), // first: other kinds must not claim a designation
    triggers: extractTriggers(doc),
    dates: allDates.filter((d) => !isVagueDate(d)),
    vagueDates: allDates.filter(isVagueDate),
    people: extractPeople(doc),
    organizations: extractOrganizations(doc),
    locations: extractLocations(doc),
    placeModifiers: [],
    causes: extractCauses(doc),
    consequences: extractConsequences(doc),
  };
  found.placeModifiers = extractPlaceModifiers(doc, found);
  return crossKindRefiners.reduce((m, r) => r(m), found);
}

type CrossRefiner = (m: Mentions) => Mentions;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** A named vehicle's span is never also a person, organisation or place ("Progress MS-" as a person). */
export const dropNamesInsideVehicles: CrossRefiner = (m) => {
  const named = m.vehicles.filter((v) => !v.generic);
  const clear = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => !named.some((v) => overlaps(v, x)));
  return { ...m, people: clear(m.people), organizations: clear(m.organizations), locations: clear(m.locations), placeModifiers: clear(m.placeModifiers) };
};

/** A date span inside a vehicle designation ("Flight 1282", "Boeing 737") is not a date. */
export const dropDatesInsideVehicles: CrossRefiner = (m) => {
  const named = m.vehicles.filter((v) => !v.generic);
  return { ...m, dates: m.dates.filter((d) => !named.some((v) => overlaps(v, d))) };
};

export const crossKindRefiners: CrossRefiner[] = [dropNamesInsideVehicles, dropDatesInsideVehicles, settlePersonOrgClashes];

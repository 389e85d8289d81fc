/**
 * Vehicles: rules in the order they run, then refiners in the order they run.
 * Named designations first, generic references last; overlaps are settled by `dropOverlaps`
 * (named > generic > longer > this order), then generics are resolved to named vehicles.
 */
import type { ExtractDoc } from '../doc.ts';
import type { Refiner, Rule, VehicleMention } from '../types.ts';
import { aircraftMakerRule } from './aircraft-maker.ts';
import { bareModelRule } from './bare-model.ts';
import { carModelRule } from './car-model.ts';
import { designationRule } from './designation.ts';
import { familyWordRule } from './family-word.ts';
import { flightRule } from './flight.ts';
import { genericRule } from './generic.ts';
import { nounNameRule } from './noun-name.ts';
import { repeatModelNames } from './model-repeat.ts';
import { dropOverlaps, resolveGenerics } from './refine.ts';
import { roadRule } from './road.ts';
import { shipPrefixRule } from './ship-prefix.ts';
import { trainRule } from './train.ts';

export const vehicleRules: Rule<VehicleMention>[] = [
  designationRule, // "Progress MS-29", "Boeing 737 Max 9"
  flightRule, // "Alaska Airlines Flight 1282"
  shipPrefixRule, // "MV Dali"
  trainRule, // "Amtrak train 66", "a Metro-North train"
  roadRule, // "a Tesla Model Y"
  carModelRule, // "the Ford Taurus", "the Chrysler Aspen, PT Cruiser, and Durango"
  aircraftMakerRule, // "a Fokker 100", "the Lockheed TriStar", "an Airbus superjumbo"
  bareModelRule, // "the final 717" once Boeing is named
  nounNameRule, // "the tanker Sanchi", "the Ingenuity helicopter"
  familyWordRule, // "the Soyuz"
  genericRule, // "the cargo ship" — keep last
];

export const vehicleRefiners: Refiner<VehicleMention>[] = [
  repeatModelNames, // before dropOverlaps: "the Taurus" after "the Ford Taurus"
  dropOverlaps,
  resolveGenerics, // keep after dropOverlaps: it stores indexes into the final list
];

export function extractVehicles(doc: ExtractDoc): VehicleMention[] {
  let found = vehicleRules.flatMap((r) => r.extract(doc));
  for (const r of vehicleRefiners) found = r.refine(found, doc);
  return found;
}

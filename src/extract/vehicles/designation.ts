/**
 * vehicle.designation — a family designation from the lexicon.
 * e.g. "Progress MS-29", "Boeing 737 Max 9", "Airbus A320neo", "ATR 72-600".
 */
import { aircraftFamilies, spacecraftFamilies, type DesignationFamily } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const families: DesignationFamily[] = [...spacecraftFamilies, ...aircraftFamilies];
/** A plural or possessive ending stays on the designation ("A380s", "777's"); the name drops it. */
const compiled = families.map((f) => ({ f, re: new RegExp(String.raw`(?<![\w-])(?<des>${f.pattern})(?:['’]?s)?(?![\w-]*\d)(?![\w])`, 'g') }));

/** "Progress MS 29" and "Progress MS-29" print the same way. */
export function canonicalDesignation(s: string): string {
  return squash(s).replace(/\b([A-Z]{1,3})\s?-?\s?(\d)/g, (all, p: string, d: string) =>
    /^(MS|TMA|TM|NG|CRS|HTV|NS)$/.test(p) ? `${p}-${d}` : all,
  );
}

export const designationRule: Rule<VehicleMention> = {
  id: 'vehicle.designation',
  description: 'Family designations from the lexicon, e.g. "Progress MS-29", "Boeing 737 Max 9".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const { f, re } of compiled) {
      for (const m of matchSentences(doc, re)) {
        out.push(
          makeVehicle(doc, m.start, m.end, m.sentence, this.id, {
            name: canonicalDesignation(m.match.groups!.des),
            vehicleKind: f.kind,
            family: f.family,
            operator: f.operator,
          }),
        );
      }
    }
    return out;
  },
};

/**
 * vehicle.generic — a type noun with a determiner, to be resolved to a named vehicle later.
 * e.g. "the cargo ship", "its uncrewed supply ship", "A Russian spacecraft", "the craft's".
 * Trap: "aircraft carrier" is a ship, not an aircraft: type nouns match longest first.
 */
import { typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const DET = String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Oo]ne|[Bb]oth|[Tt]wo)`;
const MOD = String.raw`(?:[\p{L}-]+\s+){0,3}?`;
const re = new RegExp(String.raw`\b${DET}\s+(?<mods>${MOD})(?<noun>${alternation(typeNouns.map((t) => t.noun))})\b(?!-)(?!\s+(?:de|der|den|von|van|du|la|le)\b)`, 'gu');
const kindsOf = new Map(typeNouns.map((t) => [t.noun.toLowerCase(), t.kinds]));
/** Modifiers that make the phrase not a vehicle reference ("a ship captain" is caught by the noun boundary instead). */
const badMods = /\b(?:the|a|an|of|and|or|with|by|for|to|in|on|at|from|as|than|that|which|who|whose|where|when|while|was|were|is|are|had|has|have|been|not|no|behind|into|onto|near|over|under|after|before|during|between|through|across|along|around|about|against|beyond|within|without|toward|towards|upon|via|if|because|but|once)\b/i;

export function genericKinds(noun: string) {
  return kindsOf.get(squash(noun).toLowerCase()) ?? [];
}

export const genericRule: Rule<VehicleMention> = {
  id: 'vehicle.generic',
  description: 'Generic references with a determiner: "the cargo ship", "its uncrewed supply ship".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const g = m.match.groups!;
      if (g.mods && badMods.test(g.mods)) continue;
      const kinds = genericKinds(g.noun);
      const name = squash(`${g.mods}${g.noun}`);
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, this.id, { name, vehicleKind: kinds[0], generic: true }));
    }
    return out;
  },
};

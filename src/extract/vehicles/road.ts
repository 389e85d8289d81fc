/**
 * vehicle.road-maker — a road vehicle named by maker and model or maker and type.
 * e.g. "a Tesla Model Y", "Ford F-150", "a Mercedes SUV", "a Scania truck".
 * Trap: "Ford" alone is a person or a company; a maker needs a model or a type noun after it.
 * Trap: "International car company": a business noun after the type noun makes it no vehicle.
 */
import { roadMakers, roadModelPattern, typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const roadNouns = typeNouns.filter((t) => t.kinds[0] === 'road vehicle').map((t) => t.noun);
/** "a car company", "truck makers": the noun describes a business, not a vehicle. */
const BUSINESS_AFTER = String.raw`(?!\s+(?:company|companies|maker|makers|manufacturer|manufacturers|dealer|dealers|dealership|industry|firm|market|sales)\b)`;
const re = new RegExp(String.raw`\b(?<maker>${alternation(roadMakers)})\s+(?:(?<model>${roadModelPattern})\b(?:\s+(?:${alternation(roadNouns)})\b)?|(?<noun>${alternation(roadNouns)})\b${BUSINESS_AFTER})`, 'g');

export const roadRule: Rule<VehicleMention> = {
  id: 'vehicle.road-maker',
  description: 'Road vehicles by maker and model or type: "Tesla Model Y", "a Mercedes SUV".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const g = m.match.groups!;
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, this.id, { name: squash(m.match[0]), vehicleKind: 'road vehicle', family: g.maker, generic: !g.model }));
    }
    return out;
  },
};

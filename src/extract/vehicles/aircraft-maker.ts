/**
 * vehicle.aircraft-maker — an aircraft named by its maker and a designation or model name, or
 * referred to by maker and aircraft noun.
 * e.g. "a Fokker 100", "Vickers VC-10 aircraft", "the Lockheed TriStar" (named); "an Airbus
 * superjumbo", "twelve new Airbus jets" (references, resolved to a named aircraft of that maker).
 * Traps: "Boeing Commercial Airplanes", "Airbus Industrie" (the company: notAircraftModels),
 * "Lockheed Martin" (another maker);
 * "Douglas Aircraft" (capital A: the company); a year after a maker ("Airbus 2009 deliveries").
 */
import { aircraftMakers, notAircraftModels, notRoadModels, typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const MAKER = `(?<![\\p{L}-])(?<maker>${alternation(aircraftMakers)})`;
const DESIGNATION = String.raw`(?<des>[A-Z]{0,3}-?\d{2,4}[A-Z]{0,3}(?:-\d{1,3}[A-Z]{0,2})?)(?![\w-])`;
const MODEL = String.raw`(?<model>[A-Z][a-z]+[A-Z]?[a-z]*)(?![\w-])(?!\s+\p{Lu})`;
const NOUNS = alternation(typeNouns.filter((t) => t.kinds.includes('aircraft') && t.noun === t.noun.toLowerCase()).map((t) => t.noun));
const re = new RegExp(`${MAKER}\\s+(?:${DESIGNATION}|${MODEL}|(?:[a-z-]+\\s+)?(?<noun>${NOUNS})s?(?![\\w-]))`, 'gu');
const NOT_MODELS = new Set([...notAircraftModels, ...notRoadModels]);
const YEAR = /^(?:19|20)\d\d$/;
/** "Lockheed Martin" is a maker, not the Lockheed "Martin". */
const MAKERS = new Set<string>(aircraftMakers);

export const aircraftMakerRule: Rule<VehicleMention> = {
  id: 'vehicle.aircraft-maker',
  description: 'Aircraft by maker + designation or model ("Fokker 100"), or maker + aircraft noun ("an Airbus superjumbo").',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const g = m.match.groups!;
      if ((g.des && YEAR.test(g.des)) || (g.model && (NOT_MODELS.has(g.model) || MAKERS.has(`${g.maker} ${g.model}`)))) continue;
      const generic = Boolean(g.noun);
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, this.id, { name: squash(m.match[0]), vehicleKind: 'aircraft', family: g.maker, generic }));
    }
    return out;
  },
};

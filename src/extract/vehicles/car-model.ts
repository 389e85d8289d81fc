/**
 * vehicle.car-model — a car brand followed by a capitalised model name, and the models
 * listed with it.
 * e.g. "the Ford Taurus", "Saturn Sky", "the Ford Five Hundred", "the Chrysler Aspen, PT Cruiser, and Durango".
 * Traps: "Ford Motor Company", "Ford CEO", "Toyota City" (notRoadModels); "Harrison Ford"
 * (a capitalised word before the brand makes it a surname); "Ford said" (lower case: no model).
 */
import { carBrands, notRoadModels } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

/** A model name: one or two capitalised words ("Taurus", "Five Hundred"), or "PT Cruiser". */
const MODEL = String.raw`(?:[A-Z]{2}\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?`;
const re = new RegExp(String.raw`(?<!\p{Lu}[\p{L}.]*\s)\b(?<brand>${alternation(carBrands)})\s+(?<model>${MODEL})\b(?!['’]s\b)`, 'gu');
/** ", PT Cruiser, and Durango" after a model: the list's other models. */
const LIST_ITEM = new RegExp(String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+)(${MODEL})\b`);
const stop = new Set(notRoadModels);

/** The model words, cut before the first word that is not a model ("Taurus Motor" → "Taurus"). */
export function modelWords(model: string): string {
  const words = model.split(/\s+/);
  const cut = words.findIndex((w) => stop.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).join(' ');
}

export const carModelRule: Rule<VehicleMention> = {
  id: 'vehicle.car-model',
  description: 'Car brand + capitalised model ("Ford Taurus") and the models listed after it.',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const { brand, model } = m.match.groups!;
      const name = modelWords(model);
      if (!name) continue;
      const end = m.start + m.match[0].indexOf(model) + name.length;
      out.push(makeVehicle(doc, m.start, end, m.sentence, this.id, { name: `${brand} ${name}`, vehicleKind: 'road vehicle', family: brand }));
      let at = end;
      const stopAt = doc.sentences[m.sentence].end;
      for (let item = LIST_ITEM.exec(doc.text.slice(at, stopAt)); item; item = LIST_ITEM.exec(doc.text.slice(at, stopAt))) {
        const next = modelWords(item[1]);
        if (!next) break;
        const start = at + item[0].indexOf(item[1]);
        out.push(makeVehicle(doc, start, start + next.length, m.sentence, this.id, { name: `${brand} ${next}`, vehicleKind: 'road vehicle', family: brand }));
        at = start + next.length;
      }
    }
    return out;
  },
};

/**
 * vehicle.model-repeat — a car model named with its brand once ("the Ford Taurus") is the
 * same vehicle when the model word comes back alone ("the Taurus", "Taurus sales").
 * Trap: only capitalised model words, whole words, and never inside another mention.
 */
import type { ExtractDoc } from '../doc.ts';
import type { Refiner, VehicleMention } from '../types.ts';
import { escapeRegex, matchSentences } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

export const repeatModelNames: Refiner<VehicleMention> = {
  id: 'vehicle.model-repeat',
  description: 'A car model word said again without its brand ("the Taurus") after "the Ford Taurus".',
  refine(mentions, doc: ExtractDoc) {
    const models = new Map<string, VehicleMention>();
    for (const v of mentions) {
      if (v.ruleId !== 'vehicle.car-model' || !v.family) continue;
      const model = v.name.slice(v.family.length).trim();
      if (/^[A-Z]/.test(model) && !models.has(model)) models.set(model, v);
    }
    const added: VehicleMention[] = [];
    for (const [model, v] of models) {
      for (const m of matchSentences(doc, new RegExp(String.raw`(?<![\w-])${escapeRegex(model)}(?![\w-])`, 'g'))) {
        if ([...mentions, ...added].some((o) => o.start < m.end && m.start < o.end)) continue;
        added.push(makeVehicle(doc, m.start, m.end, m.sentence, this.id, { name: v.name, vehicleKind: v.vehicleKind, family: v.family }));
      }
    }
    return [...mentions, ...added];
  },
};

/**
 * vehicle.train — trains named by number or by operator.
 * e.g. "Amtrak train 66", "Train 412", "train #3821", "Amtrak 66", "a Metro-North train",
 *      "an Acela train". Trap: "train 12 staff" is rare enough; "the train" alone is generic.
 */
import { railOperators, trainServices } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const OPS = alternation(railOperators);
const SERVICES = alternation(trainServices);
const KIND = String.raw`(?:passenger|commuter|freight|cargo|express|high-speed|intercity|regional|local)\s+`;
const numberedRe = new RegExp(
  String.raw`(?:\b(?<op>${OPS})\s+(?:${KIND})?)?\b[Tt]rain\s+(?:No\.?\s*|#\s*|number\s+)?(?<num>\d{1,5})\b(?!\s*(?:%|percent|people|passengers|cars|miles|km|feet|mph|staff|workers|employees|students|members|officers|pilots|drivers|engineers)\b)`,
  'g',
);
const opNumberRe = new RegExp(String.raw`\b(?<op>Amtrak|Via Rail|VIA Rail)\s+(?<num>\d{1,4})\b`, 'g');
const operatorTrainRe = new RegExp(String.raw`\b(?<op>${OPS}|${SERVICES})\s+(?<kind>${KIND})?(?:train|locomotive)\b`, 'g');

export const trainRule: Rule<VehicleMention> = {
  id: 'vehicle.train',
  description: 'Trains by number or operator: "Amtrak train 66", "train #3821", "a Metro-North train".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, numberedRe)) {
      const op = m.match.groups?.op;
      const name = `${op ? op + ' ' : ''}train ${m.match.groups!.num}`;
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, 'vehicle.train-number', { name: name.replace(/^train/, 'Train'), vehicleKind: 'train', family: 'train', operator: op }));
    }
    for (const m of matchSentences(doc, opNumberRe)) {
      const op = m.match.groups!.op;
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, 'vehicle.train-number', { name: `${op} train ${m.match.groups!.num}`, vehicleKind: 'train', family: 'train', operator: op }));
    }
    for (const m of matchSentences(doc, operatorTrainRe)) {
      const op = m.match.groups!.op;
      const isOperator = railOperators.includes(op);
      out.push(makeVehicle(doc, m.start, m.end, m.sentence, 'vehicle.operator-train', { name: squash(m.match[0]), vehicleKind: 'train', family: 'train', operator: isOperator ? op : undefined, generic: true }));
    }
    return out;
  },
};

/**
 * vehicle.flight — a flight number, with the airline before it as operator.
 * e.g. "Alaska Airlines Flight 1282", "JAL Flight 516", "flight GE222".
 */
import { flightPattern, notAirlineWords } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { groupSpan, matchSentences, squash } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const re = new RegExp(String.raw`(?<![\w-])${flightPattern}`, 'gd');
const notAirline = new Set(notAirlineWords);

/** Keeps the trailing capitalised words that can name an airline ("Alaska Airlines"). */
export function airlineWords(raw: string): string {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  let i = words.length;
  while (i > 0 && !notAirline.has(words[i - 1]) && /^[A-Z]/.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

export const flightRule: Rule<VehicleMention> = {
  id: 'vehicle.flight',
  description: 'Flight numbers with their airline, e.g. "Alaska Airlines Flight 1282".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const rawAirline = m.match.groups?.airline ?? '';
      const airline = airlineWords(rawAirline);
      const num = groupSpan(m, 'number')!;
      // The span starts at the kept airline words (the tail of the group), else at "Flight".
      const start = airline ? m.start + rawAirline.trimEnd().length - airline.length : m.start + rawAirline.length;
      const number = squash(doc.text.slice(num.start, num.end)).replace(/\s/g, '');
      const name = `${airline ? airline + ' ' : ''}Flight ${number}`;
      out.push(makeVehicle(doc, start, m.end, m.sentence, this.id, { name, vehicleKind: 'aircraft', family: 'flight', operator: airline || undefined }));
    }
    return out;
  },
};

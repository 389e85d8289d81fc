/**
 * vehicle.ship-prefix — a ship named with its prefix.
 * e.g. "MV Dali", "USS Carl Vinson", "HMS Queen Elizabeth". Not "Progress MS-29" (hyphen).
 */
import { notVehicleNames, shipPrefixes } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

/** A capitalised name word, an initial ("S."), a number or a roman numeral. */
export const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’-]*[\p{L}]|[A-Z]\.|[IVX]{1,4}|\d{1,3})`;
/** Lower-case words allowed inside a name ("Isle of Carra", "Prince of Wales"). */
export const NAME_JOINER = String.raw`(?:of|de|del|la|di|da|van|von)`;
const re = new RegExp(
  String.raw`(?<![\w/-])(?:${alternation(shipPrefixes)})\s+(${NAME_WORD}(?:\s+(?:${NAME_JOINER}\s+)?${NAME_WORD}){0,3})`,
  'gu',
);
const stop = new Set(notVehicleNames);

/** Drops trailing words that are not part of a name (weekday, "The" of the next clause). */
export function trimName(words: string[]): string[] {
  let n = words.length;
  const joiner = new RegExp(`^${NAME_JOINER}$`);
  while (n > 0 && (stop.has(words[n - 1].replace(/\.$/, '')) || joiner.test(words[n - 1]) || (/^\d+$/.test(words[n - 1]) && n === 1))) n--;
  return words.slice(0, n);
}

export const shipPrefixRule: Rule<VehicleMention> = {
  id: 'vehicle.ship-prefix',
  description: 'Ships named with a prefix, e.g. "MV Dali", "USS Carl Vinson".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const raw = m.match[1];
      const words = trimName(raw.split(/\s+/));
      if (words.length === 0 || stop.has(words[0])) continue;
      const kept = raw.split(/(\s+)/).slice(0, 2 * words.length - 1).join('');
      const end = m.start + (m.match[0].length - raw.length) + kept.length;
      const name = doc.text.slice(m.start, end).replace(/\s+/g, ' ');
      out.push(makeVehicle(doc, m.start, end, m.sentence, this.id, { name, vehicleKind: 'ship', family: 'ship' }));
    }
    return out;
  },
};

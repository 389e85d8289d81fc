/**
 * vehicle.noun-name — a proper name in apposition with a type noun.
 * e.g. "the tanker Sanchi", "container ship Ever Given" (name follows),
 *      "the Ingenuity helicopter", "the Peregrine lander" (name precedes).
 * Trap: "the Russian cargo ship", "the NASA capsule", "the ship Saturday" are not names.
 */
import { notVehicleNames, roadMakers, spacecraftFamilies, typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';
import { NAME_WORD, trimName } from './ship-prefix.ts';

const follow = typeNouns.filter((t) => t.namesFollow);
const precede = typeNouns.filter((t) => t.namesPrecede);
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
const followRe = new RegExp(String.raw`\b(${alternation(follow.map((t) => t.noun))})\s+(${NAME})`, 'gu');
const precedeRe = new RegExp(String.raw`\b[Tt]he\s+(${NAME})\s+(${alternation(precede.map((t) => t.noun))})\b`, 'gu');
const familyWords = spacecraftFamilies.flatMap((f) => (f.familyWord ? [f.familyWord] : []));
const stop = new Set([...notVehicleNames, ...roadMakers, ...familyWords]);
const kindOf = new Map(typeNouns.map((t) => [t.noun.toLowerCase(), t.kinds[0]]));

/** A name is usable when its first word is not a stop word and it is not an all-caps agency ("NASA"). */
export function usableName(words: string[]): boolean {
  if (words.length === 0 || stop.has(words[0])) return false;
  return !(words.length === 1 && /^[A-Z]{2,}$/.test(words[0]));
}

export const nounNameRule: Rule<VehicleMention> = {
  id: 'vehicle.noun-name',
  description: 'Names in apposition with a type noun: "the tanker Sanchi", "the Ingenuity helicopter".',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, followRe)) {
      const raw = m.match[2];
      const words = trimName(raw.split(/\s+/));
      if (!usableName(words)) continue;
      const kept = raw.split(/(\s+)/).slice(0, 2 * words.length - 1).join('');
      // Evidence spans the noun too ("tanker Sanchi"), so the bare "the tanker" is not a second mention.
      const nameStart = m.end - raw.length;
      const kind = kindOf.get(m.match[1].toLowerCase().replace(/\s+/g, ' ')) ?? 'ship';
      out.push(makeVehicle(doc, m.start, nameStart + kept.length, m.sentence, this.id, { name: words.join(' '), vehicleKind: kind }));
    }
    for (const m of matchSentences(doc, precedeRe)) {
      const words = m.match[1].split(/\s+/);
      if (!usableName(words)) continue;
      const kind = kindOf.get(m.match[2].toLowerCase().replace(/\s+/g, ' ')) ?? 'spacecraft';
      const start = m.start + m.match[0].indexOf(m.match[1]);
      out.push(makeVehicle(doc, start, m.end, m.sentence, this.id, { name: words.join(' '), vehicleKind: kind }));
    }
    return out;
  },
};

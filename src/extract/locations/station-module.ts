/**
 * location.station-module: a named module of a space station, where things dock and leak.
 *   "docked to the Xyz module" → "Xyz module"
 *   "the Xyz docking module", "the Xyz laboratory module"
 * Not: "the instrument module" (no name), "the Soyuz descent module" (a vehicle part: only station
 * modifiers are read, see MODIFIERS).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { regexHits, storySentences } from '../people/spans.ts';
import { locationMention } from './mention.ts';

/** Modifiers of station modules. Trap: "service", "descent", "command", "orbital" name spacecraft parts. */
const MODIFIERS = ['docking', 'laboratory', 'lab', 'research', 'habitation', 'airlock', 'logistics', 'node', 'science', 'multipurpose', 'storage', 'utility'];
const MODULE_RE = new RegExp(
  `(?<=\\b[Tt]he\\s+)\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?\\s+(?:(?:${MODIFIERS.join('|')})\\s+)?module\\b`,
  'gdu',
);

export function stationModules(doc: ExtractDoc): NamedMention[] {
  return regexHits(doc, MODULE_RE, storySentences(doc)).map((h) => locationMention(doc, h, 'location.station-module'));
}

export const stationModuleRule: Rule<NamedMention> = {
  id: 'location.station-module',
  description: "named station modules: 'the Xyz module' → 'Xyz module'",
  extract: stationModules,
};

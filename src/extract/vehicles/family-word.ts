/**
 * vehicle.family-word — a family named without its serial: "the Soyuz", "the Progress
 * spacecraft", "Soyuz crew capsule". Refers to a named member of the family; resolved later.
 * Trap: "progress" is a common noun, so a family word needs "the" before it or a type noun after it.
 */
import { spacecraftFamilies, typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { alternation, matchSentences } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const withWord = spacecraftFamilies.filter((f) => f.familyWord);
const byWord = new Map(withWord.map((f) => [f.familyWord!, f]));
const NOUNS = alternation(typeNouns.filter((t) => t.kinds.includes('spacecraft')).map((t) => t.noun));
const re = new RegExp(
  String.raw`(?:\b[Tt]he\s+)?\b(?<word>${alternation(withWord.map((f) => f.familyWord!))})\b(?!\s*(?:MS|M|TMA|TM|NG|CRS)?-?\s?\d)(?<noun>\s+(?:${NOUNS})\b)?`,
  'g',
);

export const familyWordRule: Rule<VehicleMention> = {
  id: 'vehicle.family-word',
  description: 'A family without serial ("the Soyuz", "Progress spacecraft"), resolved to a member later.',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const m of matchSentences(doc, re)) {
      const g = m.match.groups!;
      const hasThe = /^[Tt]he\s/.test(m.match[0]);
      if (!hasThe && !g.noun) continue;
      const f = byWord.get(g.word)!;
      const start = hasThe ? m.start + m.match[0].indexOf(g.word) : m.start;
      out.push(makeVehicle(doc, start, m.end, m.sentence, this.id, { name: doc.text.slice(start, m.end), vehicleKind: f.kind, family: f.family, operator: f.operator, generic: true }));
    }
    return out;
  },
};

/**
 * vehicle.bare-model — a family's bare model number once its maker is named earlier in the
 * article: "Boeing … the final 717", "long-range 777", "777s", "the 7E7".
 * Traps: "737 seats", "$787 million", "777 employees" are numbers (a money sign before, or a
 * plural noun after that is not an aircraft noun); without the maker named first, never.
 */
import { aircraftFamilies, typeNouns } from '../../lexicons/vehicles.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, VehicleMention } from '../types.ts';
import { escapeRegex, matchSentences, pluralNounAfter } from '../shared/regex.ts';
import { makeVehicle } from './make.ts';

const aircraftNouns = new Set(typeNouns.filter((t) => t.kinds.includes('aircraft')).flatMap((t) => [t.noun, `${t.noun}s`]));
const withBare = aircraftFamilies.filter((f) => f.bare);
const compiled = withBare.map((f) => ({
  f,
  re: new RegExp(String.raw`(?<![\w$£€#.,-])(?:${f.bare!.pattern})(?:['’]?s)?(?![\w%]|[.,]\d)`, 'g'),
  maker: new RegExp(String.raw`\b${escapeRegex(f.bare!.maker)}\b`),
}));
/** The word after the number says it counts things ("737 seats", "$787 million"), unless it is an aircraft noun ("777 jets"). */
export function countsThings(after: string): boolean {
  if (/^\s+(?:million|billion|thousand)\b/.test(after)) return true;
  const noun = pluralNounAfter(after);
  return noun !== null && !aircraftNouns.has(noun);
}

/**
 * The name a bare number stands for: the last fuller designation before it that holds the same
 * number ("Boeing 737-800 … the 737" → "Boeing 737-800"), else maker + number.
 */
export function bareName(doc: ExtractDoc, at: number, num: string, maker: string): string {
  const before = doc.text.slice(0, at);
  const fuller = [...before.matchAll(new RegExp(String.raw`\b${escapeRegex(maker)}\s+${escapeRegex(num)}(?:-\d{1,3}[A-Z]{0,2})?\b`, 'g'))].pop();
  return fuller ? fuller[0].replace(/\s+/g, ' ') : `${maker} ${num}`;
}

export const bareModelRule: Rule<VehicleMention> = {
  id: 'vehicle.bare-model',
  description: 'A bare model number ("the final 717") once its maker is named earlier in the article.',
  extract(doc: ExtractDoc) {
    const out: VehicleMention[] = [];
    for (const { f, re, maker } of compiled) {
      const first = maker.exec(doc.text);
      if (!first) continue;
      for (const m of matchSentences(doc, re)) {
        if (m.start < first.index || countsThings(doc.text.slice(m.end, m.end + 40))) continue;
        const name = bareName(doc, m.start, m.match[0].replace(/['’]?s$/, ''), f.bare!.maker);
        out.push(makeVehicle(doc, m.start, m.end, m.sentence, this.id, { name, vehicleKind: f.kind, family: f.family }));
      }
    }
    return out;
  },
};

/**
 * org.car-maker: a car brand of the vehicle lexicon that names no vehicle is the company that
 * makes them: "Chrysler filed for bankruptcy", "Fiat will take a stake". "The Ford Taurus" is a
 * vehicle (the vehicle rule claims it; the cross-kind refiner drops an organisation inside it).
 * Not "Harrison Ford", "William Clay Ford Jr." (a capitalised name word before it).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { carBrands } from '../../lexicons/vehicles.ts';
import { alternation, regexHits, storySentences } from '../people/spans.ts';
import { namedMention } from './mention.ts';
import { capitalisedBefore } from './repeat.ts';

const BRANDS = new RegExp(`(?<![\\p{L}\\d.-])(?:${alternation(carBrands)})(?=['’]s?|[^\\p{L}\\d-]|$)`, 'gdu');

export function carMakers(doc: ExtractDoc): NamedMention[] {
  return regexHits(doc, BRANDS, storySentences(doc))
    .filter((h) => !capitalisedBefore(doc, h.sentence, h.start))
    .map((h) => namedMention(doc, 'organization', h, 'org.car-maker'));
}

export const carMakerRule: Rule<NamedMention> = {
  id: 'org.car-maker',
  description: "a car brand that names no vehicle: 'Chrysler filed for bankruptcy'",
  extract: carMakers,
};

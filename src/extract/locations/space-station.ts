/**
 * location.space-station: the International Space Station under any of its names.
 *   "International Space Station", "ISS", "the orbiting outpost" → International Space Station
 *   "the space station" → the same, only when the article names the ISS somewhere
 * Not: "Chinese space station", "the station" alone (a train station as often as not).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { spaceStationAliases, spaceStationName } from '../../lexicons/locations.ts';
import { alternation, regexHits, storySentences } from '../people/spans.ts';
import { locationMention } from './mention.ts';

const NAMED_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(spaceStationAliases)})(?![\\p{L}])`, 'gdu');
const GENERIC_RE = /(?<=\bthe\s+)space\s+station\b/gdi;

export function spaceStationMentions(doc: ExtractDoc): NamedMention[] {
  const sentences = storySentences(doc);
  const named = regexHits(doc, NAMED_RE, sentences);
  if (named.length === 0) return [];
  const generic = regexHits(doc, GENERIC_RE, sentences);
  return [...named, ...generic].map((h) => locationMention(doc, h, 'location.space-station', spaceStationName));
}

export const spaceStationRule: Rule<NamedMention> = {
  id: 'location.space-station',
  description: "'ISS', 'the orbiting outpost', 'International Space Station' → International Space Station",
  extract: spaceStationMentions,
};

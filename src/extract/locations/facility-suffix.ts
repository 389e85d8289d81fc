/**
 * location.facility-suffix: capitalised words before a facility word name a place.
 *   "Plesetsk Cosmodrome", "Denver International Airport", "Grand Central Station",
 *   "the Riverdale station" (lowercase allowed for station/airport/terminal/base),
 *   "Sasebo Naval Base", "Park Avenue"
 * Not: "the station" (no name), "Train Derails Near Grand Central Station" keeps only the name,
 * "International Space Station" (the space-station rule claims it).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { facilityWords } from '../../lexicons/locations.ts';
import { escapeRe, regexHits, storySentences } from '../people/spans.ts';
import { isOutletName } from '../organizations/lexicon.ts';
import { locationMention, nameTail } from './mention.ts';

const WORD = `(?:\\p{Lu}[\\p{L}'’.-]*|\\d+(?:st|nd|rd|th))`; // "30th Street station"
const facilityAlternation = facilityWords
  .slice()
  .sort((a, b) => b.word.length - a.word.length)
  .map((f) => (f.lowercaseOk ? `(?:${escapeRe(f.word)}|${escapeRe(f.word.toLowerCase())})` : escapeRe(f.word)).replace(/ /g, '\\s+'))
  .join('|');
const FACILITY_RE = new RegExp(`(?<![\\p{L}])(?:${WORD}\\s+(?:(?:of|the|de)\\s+)?){1,4}(?<facility>${facilityAlternation})(?![\\p{L}])`, 'gdu');

/** Words that name no particular facility: "Air Station", "Police Station", "TV station", "Bus Terminal". */
const GENERIC_OWNERS = new Set(['TV', 'Radio', 'News', 'Air', 'Police', 'Fire', 'Bus', 'Train', 'Railway', 'Rail', 'Gas', 'Power', 'Space', 'Naval', 'Navy', 'Coast', 'Guard', 'Ferry', 'Cruise', 'Container', 'The', 'Main', 'Central', 'International', 'Regional', 'Municipal', 'County', 'City', 'State']);

export function facilityMentions(doc: ExtractDoc): NamedMention[] {
  const out: NamedMention[] = [];
  for (const hit of regexHits(doc, FACILITY_RE, storySentences(doc))) {
    const facilityWordCount = hit.groups.facility!.text.split(/\s+/).length;
    const span = nameTail(doc, hit, hit.sentence, facilityWordCount);
    if (!span) continue;
    const text = doc.text.slice(span.start, span.end);
    if (!/\s/.test(text) || !/^[\p{Lu}\d]/u.test(text)) continue;
    // "San Francisco TV station": a broadcaster's station is not a place
    const owner = text.slice(0, text.length - hit.groups.facility!.text.length).trim();
    if (isOutletName(owner) || owner.split(/\s+/).every((w) => GENERIC_OWNERS.has(w))) continue;
    out.push(locationMention(doc, span, 'location.facility-suffix'));
  }
  return out;
}

export const facilityRule: Rule<NamedMention> = {
  id: 'location.facility-suffix',
  description: "facilities: 'Plesetsk Cosmodrome', 'X International Airport', 'Sasebo Naval Base'",
  extract: facilityMentions,
};

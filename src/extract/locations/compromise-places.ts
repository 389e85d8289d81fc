/**
 * location.compromise: compromise's `places()`, cleaned.
 * - role words glued to the end are cut ("Orange County Executive" → "Orange County");
 * - capitalised words glued to the front are taken back ("Francisco" → "San Francisco");
 * - in headline-case sentences only places the gazetteer knows or the body repeats are kept
 *   (compromise reads three capitalised words of a promo headline as a place);
 * - organisations, outlets, designations and descriptions with lowercase words ("Chinese state")
 *   are dropped.
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { roleTitles } from '../../lexicons/people.ts';
import { placeTailNoise } from '../../lexicons/locations.ts';
import { isOutletName, looksLikeOrg } from '../organizations/lexicon.ts';
import { extendLeft } from '../organizations/compromise-orgs.ts';
import { cleanNameSpan } from '../organizations/mention.ts';
import { hasTag, isTitleCase, sentenceTerms, nameSentences } from '../people/spans.ts';
import { isGazetteerPlace } from './gazetteer.ts';
import { locationMention } from './mention.ts';

const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'du', 'upon', 'on']);
const TAIL_NOISE = new Set([...placeTailNoise.map((w) => w.toLowerCase()), ...roleTitles]);

/** A lone word compromise calls a place but also knows as a month, an adjective or a plural noun. */
function notAPlaceWord(t: TermInfo | undefined): boolean {
  return Boolean(t && hasTag(t, 'Date', 'Month', 'Adjective', 'Plural', 'Verb') && !hasTag(t, 'City', 'Country', 'Region'));
}

/** End offset without trailing role words: "Kern County Coroner" → "Kern County". */
export function withoutTailNoise(text: string, start: number, end: number): number {
  for (;;) {
    const m = /\s+(\S+)$/.exec(text.slice(start, end));
    if (!m || !TAIL_NOISE.has(m[1].toLowerCase())) return end;
    end -= m[0].length;
  }
}

export function compromisePlaces(doc: ExtractDoc): NamedMention[] {
  const sentences = nameSentences(doc);
  const places = doc.spansPerSentence(sentences, (v) => v.places(), ['Place', 'Address']); // one places() call per tagging pass
  const candidates = sentences.flatMap((i) =>
    places.get(i)!.flatMap((found) => {
      const start = extendLeft(sentenceTerms(doc, i), found.start);
      const end = withoutTailNoise(doc.text, start, found.end);
      const span = cleanNameSpan(doc, { start, end }, i);
      if (!span) return [];
      const text = doc.text.slice(span.start, span.end);
      if (/\d/.test(text) || text.length < 2 || looksLikeOrg(text) || isOutletName(text)) return [];
      if (text.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w) && !CONNECTORS.has(w))) return []; // "Chinese state"
      // what is left of a title is no place: "State Senator" → "State"
      if (end < found.end && !/\s/.test(text) && !isGazetteerPlace(text)) return [];
      if (TAIL_NOISE.has(text.toLowerCase())) return []; // a title alone: "Senator"
      if (!/\s/.test(text) && notAPlaceWord(sentenceTerms(doc, i).find((t) => t.start === span.start))) return []; // "March", "Great"
      return [locationMention(doc, span, 'location.compromise')];
    }),
  );
  const inBody = new Set(candidates.filter((m) => !isTitleCase(doc.sentenceText(m.sentence))).map((m) => m.name));
  return candidates.filter((m) => !isTitleCase(doc.sentenceText(m.sentence)) || inBody.has(m.name) || isGazetteerPlace(m.name));
}

export const compromisePlacesRule: Rule<NamedMention> = {
  id: 'location.compromise',
  description: "compromise places(), cleaned: 'Orange County Executive' → 'Orange County'",
  extract: compromisePlaces,
};

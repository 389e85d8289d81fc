/**
 * person.compromise: compromise's `people()`, with what it gets wrong fixed.
 * - honorifics and titles are cut off the span ("Capt. Lena Ortiz" → "Lena Ortiz"; the
 *   title-prefix rule states the role);
 * - a span touching a designation is not a person ("Progress MS-21" gives "Progress MS", "EVA-56"
 *   gives "EVA");
 * - a lone word that is a known place, or that is coordinated with a place ("both Houston and
 *   Moscow"), is not a person;
 * - a ship, class, organisation or facility named after a person is not one (not-a-person.ts);
 * - a name compromise cut short is extended over the next capitalised name words
 *   ("Liu" + "Yipeng's" → "Liu Yipeng").
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { PersonMention, Rule } from '../types.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { hasTag, sentenceTerms, storySentences } from './spans.ts';
import { isNameWord, nameRunFrom, nameSpan, touchesDesignation } from './name-terms.ts';
import { personMention } from './mention.ts';
import { nonPersonContext } from './not-a-person.ts';

/** Index of the term starting at `offset`, or -1. */
function termIndexAt(terms: TermInfo[], offset: number): number {
  return terms.findIndex((t) => t.start <= offset && offset < t.end);
}

/** "both Houston and Moscow", "Houston, Moscow": a lone word listed with places is a place. */
export function coordinatedWithPlace(terms: TermInfo[], k: number): boolean {
  const link = (t: TermInfo | undefined) => t && (/^(?:and|or|&)$/i.test(t.text));
  const isPlace = (t: TermInfo | undefined) => t && hasTag(t, 'Place') && !hasTag(t, 'Person');
  const next = terms[k + 1];
  const prev = terms[k - 1];
  if (link(next) && isPlace(terms[k + 2])) return true;
  if (link(prev) && isPlace(terms[k - 2])) return true;
  if (/^\s*,\s*$/.test(terms[k].post) && isPlace(next)) return true;
  return Boolean(prev && /^\s*,\s*$/.test(prev.post) && isPlace(prev));
}

export function compromisePeopleIn(doc: ExtractDoc, i: number): PersonMention[] {
  const terms = sentenceTerms(doc, i);
  const out: PersonMention[] = [];
  for (const found of doc.toSpans(doc.parse(i).people(), i)) {
    let a = termIndexAt(terms, found.start);
    let last = termIndexAt(terms, found.end - 1);
    if (a < 0 || last < 0) continue;
    // the designation test runs on compromise's own span: "Progress MS" + "-21"
    if (touchesDesignation(doc, { start: terms[a].start, end: terms[last].end })) continue;
    while (a <= last && !isNameWord(terms[a], { allowPlace: true })) a++;
    while (last > a && !isNameWord(terms[last], { allowPlace: true }) && !terms[last].text.includes('/')) last--;
    if (a > last) continue;
    const b = Math.max(last + 1, nameRunFrom(terms, a, { allowPlace: true }));
    const span = nameSpan(doc, terms, a, b);
    if (!span || touchesDesignation(doc, span)) continue;
    const text = doc.text.slice(span.start, span.end);
    if (isGazetteerPlace(text)) continue;
    if (b - a === 1 && coordinatedWithPlace(terms, a)) continue;
    if (nonPersonContext(doc, span)) continue;
    out.push(personMention(doc, span, 'person.compromise'));
  }
  return out;
}

export const compromisePeople: Rule<PersonMention> = {
  id: 'person.compromise',
  description: "compromise people(), minus titles, designations and places: 'Capt. Lena Ortiz' → 'Lena Ortiz'",
  extract: (doc) => storySentences(doc).flatMap((i) => compromisePeopleIn(doc, i)),
};

/**
 * person.compromise: compromise's `people()`, with what it gets wrong fixed.
 * - honorifics and titles are cut off the span ("Capt. Lena Ortiz" → "Lena Ortiz"; the
 *   title-prefix rule states the role);
 * - a span touching a designation is not a person ("Progress MS-29" gives "Progress MS", "EVA-56"
 *   gives "EVA");
 * - a lone word that is a known place, or that is coordinated with a place ("both Houston and
 *   Moscow"), is not a person;
 * - a ship, class, organisation or facility named after a person is not one (not-a-person.ts);
 * - a lone word after "in"/"near" is a place ("the accident in Elmira"), a lone word before a
 *   title modifies it ("Elmira Fire Commissioner Jane Doe");
 * - a name compromise cut short is extended over the next capitalised name words
 *   ("Chen" + "Wei's" → "Chen Wei").
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { PersonMention, Rule } from '../types.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { hasTag, sentenceTerms, nameSentences } from './spans.ts';
import { isNameWord, nameRunFrom, nameRunTo, nameSpan, titleAt, touchesDesignation } from './name-terms.ts';
import { personMention } from './mention.ts';
import { nonPersonContext } from './not-a-person.ts';

/** Index of the term starting at `offset`, or -1. */
function termIndexAt(terms: TermInfo[], offset: number): number {
  return terms.findIndex((t) => t.start <= offset && offset < t.end);
}

/** "both Houston and Moscow", "Houston, Moscow": a lone word listed with places is a place. */
export function coordinatedWithPlace(terms: TermInfo[], k: number): boolean {
  const link = (t: TermInfo | undefined) => t && (/^(?:and|or|&)$/i.test(t.text));
  const isPlace = (t: TermInfo | undefined) => t && ((hasTag(t, 'Place') && !hasTag(t, 'Person')) || isGazetteerPlace(t.text.replace(/[.,]$/, '')));
  const next = terms[k + 1];
  const prev = terms[k - 1];
  if (link(next) && isPlace(terms[k + 2])) return true;
  if (link(prev) && isPlace(terms[k - 2])) return true;
  if (/^\s*,\s*$/.test(terms[k].post) && isPlace(next)) return true;
  return Boolean(prev && /^\s*,\s*$/.test(prev.post) && isPlace(prev));
}

/** compromise's people() in sentence `i`, cleaned; `people` is what it found there (found here when not given). */
export function compromisePeopleIn(doc: ExtractDoc, i: number, people = doc.toSpans(doc.parse(i).people(), i)): PersonMention[] {
  const terms = sentenceTerms(doc, i);
  const out: PersonMention[] = [];
  for (const found of people) {
    let a = termIndexAt(terms, found.start);
    let last = termIndexAt(terms, found.end - 1);
    if (a < 0 || last < 0) continue;
    // the designation test runs on compromise's own span: "Progress MS" + "-21"
    if (touchesDesignation(doc, { start: terms[a].start, end: terms[last].end })) continue;
    while (last >= a && !isNameWord(terms[last], { allowPlace: true })) last--;
    if (last < a) continue;
    // the name is the run of name words that ends the span: "Elmira Fire Commissioner Travis Doe"
    a = Math.max(a, nameRunTo(terms, last, { allowPlace: true }));
    const b = Math.max(last + 1, nameRunFrom(terms, a, { allowPlace: true }));
    const span = nameSpan(doc, terms, a, b);
    if (!span || touchesDesignation(doc, span)) continue;
    const text = doc.text.slice(span.start, span.end);
    if (isGazetteerPlace(text)) continue;
    if (b - a === 1 && coordinatedWithPlace(terms, a)) continue;
    // "the accident in Elmira": a lone word after a locative preposition is a place
    if (b - a === 1 && a > 0 && /^(?:in|near|outside|across|towards?)$/i.test(terms[a - 1].text)) continue;
    // "Elmira Fire Commissioner Travis Doe": a word before a title modifies the title
    if (b < terms.length && /^\s+$/.test(terms[b - 1].post) && (titleAt(doc, terms, b) || (terms[b + 1] && titleAt(doc, terms, b + 1)?.end === b + 2))) continue;
    if (nonPersonContext(doc, span)) continue;
    out.push(personMention(doc, span, 'person.compromise'));
  }
  return out;
}

export const compromisePeople: Rule<PersonMention> = {
  id: 'person.compromise',
  description: "compromise people(), minus titles, designations and places: 'Capt. Lena Ortiz' → 'Lena Ortiz'",
  extract(doc) {
    const sentences = nameSentences(doc);
    const people = doc.spansPerSentence(sentences, (v) => v.people(), ['Person']); // one people() call per tagging pass
    return sentences.flatMap((i) => compromisePeopleIn(doc, i, people.get(i)));
  },
};

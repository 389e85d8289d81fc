/**
 * person.surname-variant: a lone capitalised word that spells the surname of a person already
 * found, exactly or with one typo or a transliteration difference, is a mention of that person.
 *   "Sergey Ivanov … Ivanov said"        → "Ivanov"
 *   "Dmitri Petrov … Petrovv and …"      → "Petrovv" (one edit)
 * Not: a word that sits in a longer capitalised name ("Roe Street", "Jane Roe"), a first
 * name ("Bryan" is one edit from "Bryant" but compromise knows it as a first name), a word
 * that matches the surnames of two different people.
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { PersonMention, Refiner } from '../types.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { looksLikeOrg } from '../organizations/lexicon.ts';
import { contains, hasTag, isCapitalised, sentenceTerms, nameSentences } from './spans.ts';
import { compareWords, nameParts } from './names.ts';
import { isNameWord, nameSpan } from './name-terms.ts';
import { personMention } from './mention.ts';

/** A capitalised neighbour joined to the term by a space makes it part of a longer name. */
function standsAlone(terms: TermInfo[], k: number): boolean {
  const prev = terms[k - 1];
  const next = terms[k + 1];
  const gluedPrev = prev && /^\s+$/.test(prev.post) && isCapitalised(prev) && !hasTag(prev, 'Determiner') && k - 1 > 0;
  const gluedNext = next && /^\s+$/.test(terms[k].post) && isCapitalised(next);
  return !gluedPrev && !gluedNext;
}

/** The surnames the word may stand for: exact matches first, then one-edit ones. */
function matchSurname(word: string, t: TermInfo, surnames: Map<string, string>): string | undefined {
  const same = new Set<string>();
  const typo = new Set<string>();
  for (const [surname, person] of surnames) {
    const c = compareWords(word, surname);
    if (c === 'same') same.add(person);
    else if (c === 'typo' && !hasTag(t, 'FirstName')) typo.add(person);
  }
  const pick = same.size ? same : typo;
  return pick.size === 1 ? [...pick][0] : undefined;
}

export function surnameVariantsIn(doc: ExtractDoc, mentions: PersonMention[]): PersonMention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) if (!m.excluded) surnames.set(nameParts(m.name).last, m.name);
  if (surnames.size === 0) return [];
  const out: PersonMention[] = [];
  for (const i of nameSentences(doc)) {
    const terms = sentenceTerms(doc, i);
    terms.forEach((t, k) => {
      if (!isNameWord(t, { allowPlace: true }) || !standsAlone(terms, k)) return;
      if (mentions.some((m) => contains(m, { start: t.start, end: t.start + 1 }))) return;
      const span = nameSpan(doc, terms, k, k + 1);
      if (!span) return;
      const word = doc.text.slice(span.start, span.end);
      if (isGazetteerPlace(word) || looksLikeOrg(word) || !matchSurname(word, t, surnames)) return;
      out.push(personMention(doc, span, 'person.surname-variant'));
    });
  }
  return out;
}

export const surnameVariants: Refiner<PersonMention> = {
  id: 'person.surname-variant',
  description: "surname-only words of people already found: 'Roe' after 'Jane Roe', 'Ivanoov' after 'Ivanov'",
  refine: (mentions, doc) => [...mentions, ...surnameVariantsIn(doc, mentions)].sort((a, b) => a.start - b.start),
};

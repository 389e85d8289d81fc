/**
 * person.title-prefix: a role title right before a name states the person's role, and an
 * organisation before the title their affiliation.
 *   "NASA astronaut Jane Roe"           → role "astronaut", affiliation "NASA"
 *   "Transportation Secretary Pat Doe" → role "Transportation Secretary"
 *   "Capt. Ana Ruiz", "Gov. Doe"         → role "captain", "governor"
 *   "San Francisco police spokesman Al Roe" → role "San Francisco police spokesman"
 *   "U.S. President Jane Doe's administration" → role "President" (compromise reads an
 *     organisation phrase over the name; after a title only a person holds, that is allowed)
 * Not: "the Roscosmos head said" (no name), "Pilot Says Crew Was Fine" (verbs are not names).
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { PersonMention, Rule } from '../types.ts';
import { roleModifiers, titleAbbreviations } from '../../lexicons/people.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { looksLikeOrg } from '../organizations/lexicon.ts';
import { hasTag, isCapitalised, sentenceTerms, nameSentences, withoutPossessive } from './spans.ts';
import { nameRunFrom, nameSpan, personOnlyRole, titleAt, touchesDesignation, type TitleHit } from './name-terms.ts';
import { capitalisedRun, orgPrefixEnd } from './role-phrase.ts';
import { personMention } from './mention.ts';

const MODIFIERS = new Set(roleModifiers);
const STOP_BEFORE_TITLE = ['Determiner', 'Verb', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'QuestionWord', 'Value', 'Date'];

/** Start index of the words that modify the title: "San Francisco police" before "spokesman". */
function premodifierStart(terms: TermInfo[], k: number): number {
  let s = k;
  while (s > 0 && k - s < 4) {
    const t = terms[s - 1];
    if (!/^(?:['’]s?)?\s+$/u.test(t.post)) break;
    const modifier = MODIFIERS.has(t.text); // "police" is read as a verb by compromise
    if (!modifier && (hasTag(t, ...STOP_BEFORE_TITLE) || (!isCapitalised(t) && !hasTag(t, 'Noun')))) break;
    s--;
  }
  return s;
}

/** Splits premodifiers into an affiliation (the org among them) and the words that join the role. */
function roleAndAffiliation(doc: ExtractDoc, terms: TermInfo[], s: number, k: number, hit: TitleHit) {
  let affiliation: string | undefined;
  let roleStart = s;
  for (let j = s; j < k; ) {
    let run = isCapitalised(terms[j]) ? Math.min(capitalisedRun(terms, j, k), k) : j + 1;
    const org = isCapitalised(terms[j]) ? orgPrefixEnd(doc, terms, j, run) : -1;
    if (org > 0) {
      affiliation ??= doc.text.slice(terms[j].start, withoutPossessive(doc.text, terms[j].start, terms[org - 1].end));
      run = org;
      roleStart = run;
    } else if (hasTag(terms[j], 'Possessive')) roleStart = j + 1;
    j = run;
  }
  const premods = roleStart < k ? doc.text.slice(terms[roleStart].start, terms[k - 1].end) + ' ' : '';
  let role = hit.abbreviation ? premods + hit.role : doc.text.slice(terms[roleStart < k ? roleStart : k].start, terms[hit.end - 1].end);
  // "Flight attendant Jane Roe …" at a sentence start: the capital is the sentence's, not the role's
  if (roleStart >= k && !hit.abbreviation && terms[k] === terms[0]) role = role.toLowerCase();
  return { role, affiliation };
}

/** "Capt." closing the previous sentence (a naive splitter cut "Capt. Ana Ruiz" in two). */
function abbreviationBefore(doc: ExtractDoc, i: number): string | undefined {
  const before = doc.text.slice(Math.max(0, doc.sentences[i].start - 12), doc.sentences[i].start);
  const m = /\b([A-Z][a-z]{1,4})\.\s*$/.exec(before);
  return m ? titleAbbreviations[m[1]] : undefined;
}

/**
 * End of the name after a title. After a title only a person holds, words compromise tags as an
 * organisation may be the name ("President Jane Doe's administration"), if they are two or more
 * and end the capitalised run ("Firefighter Protection Agency" is an agency's name).
 */
function nameRunOrOrgTagged(terms: TermInfo[], hit: TitleHit): number {
  const strict = nameRunFrom(terms, hit.end, { allowPlace: true }, 3);
  if (!personOnlyRole(hit.role)) return strict;
  const e = nameRunFrom(terms, hit.end, { allowPlace: true, allowOrg: true }, 3);
  const endsRun = e >= terms.length || !/^\s+$/.test(terms[e - 1].post) || !isCapitalised(terms[e]);
  return e > strict && e - hit.end >= 2 && endsRun ? e : strict;
}

export function titlePrefixIn(doc: ExtractDoc, i: number): PersonMention[] {
  const terms = sentenceTerms(doc, i);
  const out: PersonMention[] = [];
  for (let k = 0; k < terms.length; k++) {
    const hit = titleAt(doc, terms, k);
    if (!hit || hit.end >= terms.length) continue;
    if (!/^\.?\s+$/.test(terms[hit.end - 1].post)) continue;
    const e = nameRunOrOrgTagged(terms, hit);
    if (e === hit.end) continue;
    const span = nameSpan(doc, terms, hit.end, e);
    if (!span || touchesDesignation(doc, span)) continue;
    const name = doc.text.slice(span.start, span.end);
    if (isGazetteerPlace(name) || looksLikeOrg(name)) continue;
    const { role, affiliation } = roleAndAffiliation(doc, terms, premodifierStart(terms, k), k, hit);
    out.push(personMention(doc, span, 'person.title-prefix', { role, affiliation }));
    k = e - 1;
  }
  const carried = abbreviationBefore(doc, i);
  if (carried && terms.length > 0 && !out.some((m) => m.start === terms[0].start)) {
    const e = nameRunFrom(terms, 0, { allowPlace: true }, 3);
    const span = e > 0 ? nameSpan(doc, terms, 0, e) : null;
    if (span && !touchesDesignation(doc, span)) out.push(personMention(doc, span, 'person.title-prefix', { role: carried }));
  }
  return out;
}

export const titlePrefix: Rule<PersonMention> = {
  id: 'person.title-prefix',
  description: "a role title before a name: 'NASA astronaut Jane Roe' → astronaut, NASA",
  extract: (doc) => nameSentences(doc).flatMap((i) => titlePrefixIn(doc, i)),
};

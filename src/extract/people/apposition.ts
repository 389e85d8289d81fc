/**
 * Appositions that state a role, on either side of the name.
 *
 * person.apposition-role: NAME, [age,] ROLE-PHRASE
 *   "Sergei Ivanov, head of the agency's crewed programs, said" → role "head of …"
 *   "John Smith, 46, a conductor from Albany," → role "conductor"
 *   "said Maria Lopez, a spokesperson for Delta Air Lines." → role "spokesperson", affiliation
 * person.role-apposition: ROLE-PHRASE, NAME
 *   "the ship's master, Lars Berg, said" → role "master"
 * Not: "Ivanov, Orlov, and NASA astronaut Jane Roe" (a list, no role phrase after the
 * comma), "Amtrak, the operator, said" (an organisation is not a person).
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import type { PersonMention, Rule } from '../types.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { looksLikeOrg, isOutletName } from '../organizations/lexicon.ts';
import { hasTag, sentenceTerms, nameSentences } from './spans.ts';
import { isNameWord, nameRunFrom, nameSpan, personOnlyRole, titleAt, touchesDesignation } from './name-terms.ts';
import { roleFromPhrase } from './role-phrase.ts';
import { personMention } from './mention.ts';

const MAX_PHRASE = 10;
const TRAILING_NOISE = new Set(['later', 'also', 'then', 'earlier', 'previously', 'still', 'now', 'recently', 'first']);
const PHRASE_STOP = new Set(['who', 'which', 'that', 'said', 'says', 'told']);

const comma = (t: TermInfo) => /^\s*,\s*$/.test(t.post);

/**
 * End (exclusive) of a role phrase starting at `a`, up to punctuation or a verb; `closed` says
 * whether punctuation (or the sentence end) closed it.
 */
export function rolePhraseEnd(terms: TermInfo[], a: number): { end: number; closed: boolean } {
  let e = a;
  let closed = false;
  while (e < terms.length && e - a < MAX_PHRASE) {
    const t = terms[e];
    if (PHRASE_STOP.has(t.text.toLowerCase())) break;
    if (e > a && hasTag(t, 'Verb') && !hasTag(t, 'Adjective') && !hasTag(terms[e - 1], 'Determiner', 'Possessive')) break;
    e++;
    if (/[,;:.!?()"“”—–]/.test(t.post.replace(/^['’]/, '')) || e === terms.length) {
      closed = true;
      break;
    }
  }
  while (e > a + 1 && (hasTag(terms[e - 1], 'Adverb', 'Comparative') || TRAILING_NOISE.has(terms[e - 1].text.toLowerCase()))) e--;
  return { end: e, closed };
}

/**
 * A name run fit for an apposition: compromise reads a person word in it ("Hebridean Link, the
 * operator," is a company), or the role is one only a person holds and the run is two or three
 * proper words ("Japan's prime minister, Taro Aso"); and it is not a place, organisation, outlet
 * or designation.
 */
function nameAt(doc: ExtractDoc, terms: TermInfo[], a: number, b: number, role: string) {
  const run = terms.slice(a, b);
  const personWord = run.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName'));
  const properRun = b - a >= 2 && b - a <= 3 && personOnlyRole(role) && run.every((t) => !hasTag(t, 'Organization', 'Place', 'Demonym'));
  if (!personWord && !properRun) return null;
  const span = nameSpan(doc, terms, a, b);
  if (!span || touchesDesignation(doc, span)) return null;
  const text = doc.text.slice(span.start, span.end);
  if (isGazetteerPlace(text) || looksLikeOrg(text) || isOutletName(text)) return null;
  return span;
}

export function appositionRoleIn(doc: ExtractDoc, i: number): PersonMention[] {
  const terms = sentenceTerms(doc, i);
  const out: PersonMention[] = [];
  for (let a = 0; a < terms.length; a++) {
    if (a > 0 && isNameWord(terms[a - 1]) && /^\s+$/.test(terms[a - 1].post)) continue; // not a run start
    const b = nameRunFrom(terms, a);
    if (b === a || !comma(terms[b - 1]) || b >= terms.length) continue;
    let p = b;
    if (hasTag(terms[p], 'Value') && comma(terms[p])) p++; // "John Smith, 46, a conductor"
    const phrase = rolePhraseEnd(terms, p);
    // an unclosed phrase ("Ivanov, head of the agency later said") is only an apposition when the
    // name opens the sentence; "According to Ivanov, the pilot had …" is a clause, not a role
    if (!phrase.closed && a > 0) continue;
    const role = roleFromPhrase(doc, terms, p, phrase.end);
    const span = role && nameAt(doc, terms, a, b, role.role);
    if (role && span) out.push(personMention(doc, span, 'person.apposition-role', role));
    a = b - 1;
  }
  return out;
}

/**
 * Start of the role phrase ending at term `k` (right before a comma): back to its determiner,
 * through "of the": "One of the assistant conductors of the train".
 */
function rolePhraseStart(terms: TermInfo[], k: number): number {
  let s = k;
  while (s > 0 && k - s < 8) {
    const prev = terms[s - 1];
    if (/[,;:.!?()"“”—–]/.test(prev.post.replace(/^['’]s?/, ''))) break;
    if (hasTag(prev, 'Verb') || (hasTag(prev, 'Preposition') && prev.text.toLowerCase() !== 'of')) break;
    s--;
    if (hasTag(terms[s], 'Determiner') && terms[s - 1]?.text.toLowerCase() !== 'of') break;
  }
  return s;
}

export function roleAppositionIn(doc: ExtractDoc, i: number): PersonMention[] {
  const terms = sentenceTerms(doc, i);
  const out: PersonMention[] = [];
  for (let c = 1; c < terms.length; c++) {
    if (!comma(terms[c - 1])) continue;
    // "the commanding officer, Cmdr. Jane Doe,": an abbreviated title may sit before the name
    const abbr = titleAt(doc, terms, c);
    const a = abbr?.abbreviation ? abbr.end : c;
    if (a >= terms.length || !isNameWord(terms[a])) continue;
    const b = nameRunFrom(terms, a);
    const after = terms[b - 1].post;
    if (b < terms.length && !/^\s*[,.;]/.test(after) && !hasTag(terms[b], 'Verb')) continue;
    const s = rolePhraseStart(terms, c - 1);
    if (!hasTag(terms[s], 'Determiner', 'Possessive') && s !== 0) continue;
    const role = roleFromPhrase(doc, terms, s, c);
    const span = role && nameAt(doc, terms, a, b, role.role);
    if (role && span) out.push(personMention(doc, span, 'person.role-apposition', role));
  }
  return out;
}

export const appositionRole: Rule<PersonMention> = {
  id: 'person.apposition-role',
  description: "NAME, ROLE: 'John Smith, 46, a conductor from Albany,' → conductor",
  extract: (doc) => nameSentences(doc).flatMap((i) => appositionRoleIn(doc, i)),
};

export const roleApposition: Rule<PersonMention> = {
  id: 'person.role-apposition',
  description: "ROLE, NAME: 'the ship's master, Lars Berg,' → master",
  extract: (doc) => nameSentences(doc).flatMap((i) => roleAppositionIn(doc, i)),
};

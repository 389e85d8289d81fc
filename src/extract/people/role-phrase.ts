/**
 * Reads a role noun phrase ("head of Roscosmos' crewed programs", "a spokesperson for Delta Air
 * Lines", "the ferry's master", "an NTSB investigator") into a role and an affiliation.
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import { rolesWithObject } from '../../lexicons/people.ts';
import { isAcronym, looksLikeOrg } from '../organizations/lexicon.ts';
import { hasTag, isCapitalised, withoutPossessive } from './spans.ts';
import { titleAt, type TitleHit } from './name-terms.ts';

export interface RoleInfo {
  role: string;
  affiliation?: string;
}

const LEADING = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'one']);
const WITH_OBJECT = new Set(rolesWithObject);
const AFFILIATION_PREPS = new Set(['for', 'at', 'with', 'of']);
/** Words allowed between the start of a role phrase and its title: "a veteran NASA flight director". */
const PREMOD_TAGS = ['Adjective', 'Noun', 'Value', 'Possessive'];
const PREMOD_NEVER = ['Verb', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'QuestionWord'];

/** Whether a run of terms names an organisation (lexicon, acronym, compromise's tag, suffix). */
export function orgLike(doc: ExtractDoc, terms: TermInfo[]): boolean {
  if (terms.length === 0) return false;
  const text = doc.text.slice(terms[0].start, withoutPossessive(doc.text, terms[0].start, terms[terms.length - 1].end));
  return looksLikeOrg(text) || terms.every((t) => hasTag(t, 'Organization')) || isAcronym(text);
}

/** The run of capitalised words from `k` (connectors "of", "and", "&" inside), ending at a possessive. */
export function capitalisedRun(terms: TermInfo[], k: number, end: number): number {
  let e = k;
  while (e < end) {
    const t = terms[e];
    const connector = /^(?:of|and|&|de)$/.test(t.text) && e > k && e + 1 < end && isCapitalised(terms[e + 1]);
    if (!isCapitalised(t) && !connector) break;
    e++;
    if (!/^\s+$/.test(t.post)) break;
  }
  return e;
}

function slice(doc: ExtractDoc, terms: TermInfo[], a: number, b: number): string {
  return doc.text.slice(terms[a].start, withoutPossessive(doc.text, terms[a].start, terms[b - 1].end));
}

/** Finds the title in the first words of the phrase, checking what precedes it. */
function findTitle(doc: ExtractDoc, terms: TermInfo[], a: number, b: number): { at: number; hit: TitleHit } | null {
  for (let k = a; k < Math.min(b, a + 6); k++) {
    const hit = titleAt(doc, terms, k);
    if (hit && hit.end <= b) return { at: k, hit };
    const t = terms[k];
    if (hasTag(t, ...PREMOD_NEVER) && !(k === a && LEADING.has(t.text.toLowerCase()))) return null;
    if (k > a && !hasTag(t, ...PREMOD_TAGS) && !isCapitalised(t)) return null;
  }
  return null;
}

/**
 * Role and affiliation stated by terms `a..b-1`, or null when the phrase holds no role title.
 * - "head of Roscosmos' crewed programs" → role as written, affiliation "Roscosmos"
 * - "a spokesperson for Delta Air Lines" → "spokesperson", "Delta Air Lines"
 * - "a conductor from Yonkers" → "conductor" (an origin is not an affiliation)
 * - "the ferry's master" → "master"; "an NTSB investigator" → "investigator", "NTSB"
 */
export function roleFromPhrase(doc: ExtractDoc, terms: TermInfo[], a: number, b: number): RoleInfo | null {
  let k = a;
  let oneOf = false;
  while (k < b && LEADING.has(terms[k].text.toLowerCase())) {
    oneOf ||= terms[k].text.toLowerCase() === 'one';
    k += terms[k].text.toLowerCase() === 'one' ? 3 : 1;
  }
  const found = findTitle(doc, terms, k, b);
  // "the experts", "investigators": a plural role names one person only as "one of the …"
  if (!found || (found.hit.plural && !oneOf)) return null;
  let affiliation: string | undefined;
  // premodifiers: an org (or any possessive) before the title is the affiliation and restarts the
  // role; an age ("46-year-old") is skipped; other words are part of the role ("police spokesman")
  let roleStart: number | null = null;
  for (let j = k; j < found.at; ) {
    const t = terms[j];
    const run = isCapitalised(t) ? Math.min(capitalisedRun(terms, j, found.at), found.at) : j + 1;
    if (isCapitalised(t) && orgLike(doc, terms.slice(j, run))) {
      affiliation ??= slice(doc, terms, j, run);
      roleStart = null;
    } else if (hasTag(t, 'Possessive') || hasTag(t, 'Value') || /\d/.test(t.text)) {
      roleStart = null;
    } else if (roleStart === null && !/-$/.test(terms[j - 1]?.post ?? '')) {
      roleStart = j;
    }
    j = run;
  }
  roleStart ??= found.at;
  let roleEnd = found.hit.end;
  const next = terms[roleEnd];
  if (next && roleEnd < b) {
    const prep = next.text.toLowerCase();
    const words = found.hit.role.toLowerCase().split(' ');
    if (prep === 'of' && WITH_OBJECT.has(words[words.length - 1])) {
      // "head of Roscosmos' crewed programs": the object is part of the role
      roleEnd = b;
      for (let j = found.hit.end + 1; j < b && !affiliation; j++) {
        if (isCapitalised(terms[j])) affiliation = slice(doc, terms, j, capitalisedRun(terms, j, b));
      }
    } else if (AFFILIATION_PREPS.has(prep)) {
      let j = roleEnd + 1;
      if (terms[j]?.text.toLowerCase() === 'the') j++;
      if (j < b && isCapitalised(terms[j])) affiliation ??= slice(doc, terms, j, capitalisedRun(terms, j, b));
    }
  }
  const role = found.hit.abbreviation
    ? found.hit.role
    : doc.text.slice(terms[roleStart].start, terms[roleEnd - 1].end).replace(/[,.;:]+$/, '');
  return affiliation ? { role, affiliation } : { role };
}

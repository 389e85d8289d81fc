/**
 * Reads a role noun phrase ("head of NASA's crewed programs", "a spokesperson for Delta Air
 * Lines", "the ferry's master", "an NTSB investigator") into a role and an affiliation.
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import { rolesWithObject, vesselPrefixes } from '../../lexicons/people.ts';
import { spaceStationAliases } from '../../lexicons/locations.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { isAcronym, looksLikeOrg } from '../organizations/lexicon.ts';
import { hasTag, isCapitalised, withoutPossessive } from './spans.ts';
import { titleAt, type TitleHit } from './name-terms.ts';

export interface RoleInfo {
  role: string;
  affiliation?: string;
}

const NOT_AN_ORG = new Set([...spaceStationAliases, ...vesselPrefixes]);
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
  if (NOT_AN_ORG.has(text) || isGazetteerPlace(text)) return false; // "ISS program manager"
  return looksLikeOrg(text) || terms.every((t) => hasTag(t, 'Organization')) || isAcronym(text);
}

/** End of the longest run `j..e` (e ≤ `run`) that names an organisation: "Coast Guard" in "Coast Guard Petty". */
export function orgPrefixEnd(doc: ExtractDoc, terms: TermInfo[], j: number, run: number): number {
  for (let e = run; e > j; e--) if (orgLike(doc, terms.slice(j, e))) return e;
  return -1;
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
 * Words before the title: an org (or any possessive) is the affiliation and restarts the role; an
 * age ("46-year-old") is skipped; other words join the role ("police spokesman").
 */
function premodifiers(doc: ExtractDoc, terms: TermInfo[], k: number, title: number): { roleStart: number; affiliation?: string } {
  let affiliation: string | undefined;
  let roleStart: number | null = null;
  for (let j = k; j < title; ) {
    const t = terms[j];
    let run = isCapitalised(t) ? Math.min(capitalisedRun(terms, j, title), title) : j + 1;
    const org = isCapitalised(t) ? orgPrefixEnd(doc, terms, j, run) : -1;
    if (org > 0) {
      affiliation ??= slice(doc, terms, j, org);
      run = org;
      roleStart = null;
    } else if (hasTag(t, 'Possessive') || hasTag(t, 'Value') || /\d/.test(t.text)) {
      roleStart = null;
    } else if (roleStart === null && !/-$/.test(terms[j - 1]?.post ?? '')) {
      roleStart = j;
    }
    j = run;
  }
  return { roleStart: roleStart ?? title, affiliation };
}

/**
 * Words after the title, up to `b`: "of …" joins a head-of role ("head of NASA's crewed
 * programs"); "for/at/with/of ORG" is the affiliation; "from Albany" is dropped. Returns null when
 * the title does not head the phrase ("its mother ship", "the passenger jet").
 */
function tail(doc: ExtractDoc, terms: TermInfo[], hit: TitleHit, b: number): { roleEnd: number; affiliation?: string } | null {
  const next = terms[hit.end];
  if (!next || hit.end >= b) return { roleEnd: hit.end };
  const prep = next.text.toLowerCase();
  if (!hasTag(next, 'Preposition') && !/^(?:of|for|at|with|from|in|on|to|and)$/.test(prep)) return null;
  const words = hit.role.toLowerCase().split(' ');
  if (prep === 'of' && WITH_OBJECT.has(words[words.length - 1])) {
    for (let j = hit.end + 1; j < b; j++) {
      if (isCapitalised(terms[j])) return { roleEnd: b, affiliation: slice(doc, terms, j, capitalisedRun(terms, j, b)) };
    }
    return { roleEnd: b };
  }
  let j = hit.end + 1;
  if (terms[j]?.text.toLowerCase() === 'the') j++;
  const org = AFFILIATION_PREPS.has(prep) && j < b && isCapitalised(terms[j]);
  return org ? { roleEnd: hit.end, affiliation: slice(doc, terms, j, capitalisedRun(terms, j, b)) } : { roleEnd: hit.end };
}

/**
 * Role and affiliation stated by terms `a..b-1`, or null when the phrase holds no role title.
 * - "head of NASA's crewed programs" → role as written, affiliation "NASA"
 * - "a spokesperson for Delta Air Lines" → "spokesperson", "Delta Air Lines"
 * - "a conductor from Albany" → "conductor" (an origin is not an affiliation)
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
  const before = premodifiers(doc, terms, k, found.at);
  const after = tail(doc, terms, found.hit, b);
  if (!after) return null;
  const role = found.hit.abbreviation
    ? found.hit.role
    : doc.text
        .slice(terms[before.roleStart].start, terms[after.roleEnd - 1].end)
        .replace(/\s*\([^)]*$/, '') // an unclosed bracket: "director of the Bureau (BFP"
        .replace(/[,.;:]+$/, '');
  const affiliation = before.affiliation ?? after.affiliation;
  return affiliation ? { role, affiliation } : { role };
}

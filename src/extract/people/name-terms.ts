/**
 * Term-level building blocks of the person rules: which terms can be part of a name, where a run
 * of name words ends, which terms state a role title, and how a run becomes a clean span.
 */
import type { ExtractDoc, Span, TermInfo } from '../doc.ts';
import { honorifics, nameSuffixes, notNameWords, roleTitles, rolesCompaniesHold, titleAbbreviations } from '../../lexicons/people.ts';
import { hasTag, trimSpan, withoutPossessive } from './spans.ts';

const NOT_NAME = new Set(notNameWords);
const HONORIFIC = new Set(honorifics);
const SUFFIX = new Set(nameSuffixes);
const TITLES = new Set(roleTitles);
const TITLE_MAX_WORDS = Math.max(...roleTitles.map((t) => t.split(' ').length));
const ABBREVIATIONS = new Map(Object.entries(titleAbbreviations));

const NEVER_IN_NAME = ['Date', 'Value', 'Pronoun', 'Preposition', 'Determiner', 'Conjunction', 'Month', 'WeekDay', 'QuestionWord', 'Url', 'Expression'];
const UNLESS_PERSON = ['Verb', 'Adverb', 'Adjective', 'Organization', 'Demonym', 'Plural'];
const UNLESS_PERSON_NOT_ORG = UNLESS_PERSON.filter((tag) => tag !== 'Organization');
/** Every word-prefix of every title and of its plural ("first", "first officer", "first officers"). */
const TITLE_STARTS = new Set(roleTitles.flatMap((t) => [t, `${t}s`].flatMap((w) => w.split(' ').map((_, j, parts) => parts.slice(0, j + 1).join(' ')))));
/** Every prefix of every abbreviation ("L", "Lt", "Lt.", "Lt. C", …). */
const ABBREVIATION_STARTS = new Set(Object.keys(titleAbbreviations).flatMap((a) => [...a].map((_, j) => a.slice(0, j + 1))));

/**
 * Whether a title may start at a term with this text: titleAt reads one or more terms from it,
 * and any title it finds starts with the first term's text (an abbreviation) or its lowercase
 * (a title word). Most terms are neither, and titleAt is asked about every term of a sentence.
 */
export function mayStartTitle(text: string): boolean {
  return ABBREVIATION_STARTS.has(text) || TITLE_STARTS.has(text.toLowerCase());
}

const COMPANY_ROLES = new RegExp(`\\b(?:${rolesCompaniesHold.map((r) => r.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** A role only a person holds ("prime minister", "president"), not one companies hold too ("the operator"). */
export const personOnlyRole = (role: string): boolean => !COMPANY_ROLES.test(role);

export interface NameWordOptions {
  /** Accept terms compromise tags Place ("Jon Park" after "investigator"). */
  allowPlace?: boolean;
  /** Accept terms compromise tags Organization (after a person's title it spread an org phrase over the name: "President Jane Doe's administration"). */
  allowOrg?: boolean;
}

/**
 * A cheap first check of isNameWord: a name word starts with a capital, so a term opening with an
 * ASCII character other than A–Z (most terms: lowercase words, digits, punctuation) is none. Other
 * characters are left to the full test.
 */
export function mayOpenName(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c < 128 && (c < 65 || c > 90));
}

/** Whether a term can be a word of a person name. */
export function isNameWord(t: TermInfo, opts: NameWordOptions = {}): boolean {
  if (!mayOpenName(t.text)) return false;
  const word = t.text.replace(/['’]s$/u, '');
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\/\p{Lu}[\p{L}'’.-]*)?$/u.test(word) || /\d/.test(word)) return false;
  if (NOT_NAME.has(word) || HONORIFIC.has(word) || ABBREVIATIONS.has(word)) return false;
  const person = hasTag(t, 'FirstName', 'LastName');
  if (/^\p{Lu}{2,}$/u.test(word)) return false; // acronyms and datelines: NASA, MS, EVA, ELMIRA
  if (SUFFIX.has(word.replace(/\.$/, ''))) return false; // "Jr." only follows a name
  if (TITLES.has(word.toLowerCase()) && !person) return false;
  if (hasTag(t, ...NEVER_IN_NAME)) return false;
  if (!hasTag(t, 'Person') && hasTag(t, ...(opts.allowOrg ? UNLESS_PERSON_NOT_ORG : UNLESS_PERSON))) return false;
  if (!opts.allowPlace && hasTag(t, 'Place') && !hasTag(t, 'Person')) return false;
  return true;
}

/**
 * Nothing but spaces between a term and the next (an initial's "." is allowed: "John A. Smith");
 * a bracket or quote opening the next term breaks the run ('Humberto Doe ("Portela"').
 */
export function joined(t: TermInfo, next?: TermInfo): boolean {
  if (next && next.pre.trim() !== '') return false;
  if (/^\s+$/.test(t.post)) return true;
  return /^\.\s+$/.test(t.post) && /^\p{Lu}$/u.test(t.text);
}

/** Lowercase particles inside names. Trap: "de" and "la" also start Spanish place names. */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'das', 'du']);

/** Lowercase second parts that make a hyphenated word a description, not a name. */
const NOT_NAME_PART = new Set(['class', 'type', 'style', 'era', 'based', 'built', 'old', 'year', 'born', 'led', 'owned', 'run', 'bound', 'made', 'flagged']);

/** Term `k` joins the next one with a hyphen into one name word ("Smith-Jones"). */
function hyphenated(terms: TermInfo[], k: number): boolean {
  const next = terms[k + 1];
  return Boolean(next && /^[-‐]$/.test(terms[k].post) && /^\p{L}+$/u.test(next.text) && !NOT_NAME_PART.has(next.text.toLowerCase()));
}

/** End index (exclusive) of the run of name words starting at `k`, at most `max` words. */
export function nameRunFrom(terms: TermInfo[], k: number, opts: NameWordOptions = {}, max = 4): number {
  let e = k;
  while (e < terms.length && e - k < max && isNameWord(terms[e], opts)) {
    e++;
    if (/['’]s?$/u.test(terms[e - 1].text)) break; // "Musk's Starship": a possessive ends the name
    if (hyphenated(terms, e - 1)) e++; // "Smith-Jones", "Jae-won"
    if (!joined(terms[e - 1], terms[e])) break;
    // "Anna de Vries", "Ludwig van Doe": a lowercase particle between two name words
    const particle = terms[e];
    if (particle && PARTICLES.has(particle.text) && joined(particle, terms[e + 1]) && terms[e + 1] && isNameWord(terms[e + 1], opts)) e++;
  }
  // a name suffix ("Jr.", "Sr.") right after the run belongs to it
  if (e > k && e < terms.length && SUFFIX.has(terms[e].text.replace(/\.$/, '')) && /^\s*$|^\./.test(terms[e - 1].post.replace(/,\s*$/, ''))) e++;
  return e;
}

/** Start index of the run of name words ending at `k` (inclusive), at most `max` words. */
export function nameRunTo(terms: TermInfo[], k: number, opts: NameWordOptions = {}, max = 4): number {
  let s = k + 1;
  while (s - 1 >= 0 && k - (s - 1) < max) {
    const t = terms[s - 1];
    // "Anna de Vries": step over a particle between two name words
    if (s - 1 < k && PARTICLES.has(t.text) && joined(t, terms[s]) && terms[s - 2] && joined(terms[s - 2], t) && isNameWord(terms[s - 2], opts)) {
      s--;
      continue;
    }
    if (!isNameWord(t, opts)) break;
    if (s - 1 < k && (/['’]s?$/u.test(t.text) || !(joined(t, terms[s]) || hyphenated(terms, s - 1)))) break;
    s--;
  }
  return s;
}

export interface TitleHit {
  /** End index (exclusive) of the title terms. */
  end: number;
  /** The role it states: "captain" for "Capt.", the text as written otherwise. */
  role: string;
  abbreviation: boolean;
  /** "investigators", "the assistant conductors": a plural names a group, not one person. */
  plural?: boolean;
}

/** A role title starting at term `k`: "astronaut", "first officer", "Capt.", "Lt. Cmdr.". */
export function titleAt(doc: ExtractDoc, terms: TermInfo[], k: number): TitleHit | null {
  if (k >= terms.length || (k >= 0 && !mayStartTitle(terms[k].text))) return null;
  for (let n = 2; n >= 1; n--) {
    if (k + n > terms.length) continue;
    const words = terms.slice(k, k + n);
    const key = words.map((t, j) => t.text + (j < n - 1 ? t.post.trim() : '')).join(' ');
    const role = ABBREVIATIONS.get(key);
    if (role && /^\.?\s/.test(words[n - 1].post)) return { end: k + n, role, abbreviation: true };
  }
  for (let n = Math.min(TITLE_MAX_WORDS, terms.length - k); n >= 1; n--) {
    const words = terms.slice(k, k + n);
    if (words.slice(0, -1).some((t) => !/^\s+$/.test(t.post))) continue;
    const key = words.map((t) => t.text.toLowerCase()).join(' ');
    // plural role nouns: "the assistant conductors", "NTSB investigators"
    const plural = !TITLES.has(key) && key.length > 4 && /[^s]s$/.test(key) && TITLES.has(key.slice(0, -1));
    if (!TITLES.has(key) && !plural) continue;
    const last = words[n - 1];
    return { end: k + n, role: doc.text.slice(words[0].start, last.end), abbreviation: false, plural };
  }
  return null;
}

/** A role title ending at term `k` (inclusive): the longest one. Returns its start index. */
export function titleEndingAt(doc: ExtractDoc, terms: TermInfo[], k: number): number | null {
  for (let s = Math.max(0, k - TITLE_MAX_WORDS + 1); s <= k; s++) {
    const hit = titleAt(doc, terms, s);
    if (hit && hit.end === k + 1) return s;
  }
  return null;
}

/**
 * The clean span of name terms `a..b-1`: cut at a slash ("Lee/Reuters" → "Lee",
 * "Photo/John" → "John"), without a possessive ("Roe's") or trailing punctuation.
 */
export function nameSpan(doc: ExtractDoc, terms: TermInfo[], a: number, b: number): Span | null {
  let start = terms[a].start;
  let end = terms[b - 1].end;
  // "Photo/John Smith": a credit word before the slash; "Ann Lee/Reuters": an agency after it
  const first = doc.text.slice(start, terms[a].end);
  const firstSlash = first.indexOf('/');
  if (firstSlash >= 0 && (NOT_NAME.has(first.slice(0, firstSlash)) || /^\p{Lu}+$/u.test(first.slice(0, firstSlash)))) start += firstSlash + 1;
  const lastSlash = doc.text.slice(Math.max(start, terms[b - 1].start), end).indexOf('/');
  if (lastSlash >= 0) end = Math.max(start, terms[b - 1].start) + lastSlash;
  end = withoutPossessive(doc.text, start, end);
  // keep the dot of a closing initial or suffix: "William Doe Sr.", "John A."
  if (doc.text[end] === '.' && /(?:^|\s)(?:\p{Lu}|Jr|Sr)$/u.test(doc.text.slice(start, end))) end++;
  const span = trimSpan(doc.text, start, end);
  return span.end > span.start ? span : null;
}

/**
 * True when the span is part of a designation: it holds a digit, or a hyphen joins it to a
 * number ("Progress MS-29", "EVA-56", "Flight 1282").
 */
export function touchesDesignation(doc: ExtractDoc, span: Span): boolean {
  const text = doc.text.slice(span.start, span.end);
  if (/\d/.test(text)) return true;
  const after = doc.text.slice(span.end, span.end + 4);
  const before = doc.text.slice(Math.max(0, span.start - 3), span.start);
  return /^[-‐–]\s?[\p{L}]{0,3}\d/u.test(after) || /^\s\d/.test(after) || /\d[-‐–]\s?$/.test(before);
}

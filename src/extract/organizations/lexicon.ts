/**
 * Lookups over the organisation lexicon: known bodies by any spelling, outlet names, and the
 * "does this look like an organisation name" test the person and location rules also use.
 */
import {
  newsOutlets,
  organizations,
  orgSuffixes,
  outletDomain,
  outletSuffixes,
  type OrgEntry,
} from '../../lexicons/organizations.ts';

const BY_SPELLING = new Map<string, OrgEntry>();
for (const e of organizations) {
  for (const s of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) BY_SPELLING.set(norm(s), e);
}
const OUTLETS = new Set(newsOutlets.map(norm));
const OUTLET_SUFFIX = new RegExp(`\\s(?:${outletSuffixes.join('|')})$`);
const ORG_SUFFIX = new RegExp(`\\s(?:${orgSuffixes.map((s) => s.replace(/[.']/g, '\\$&')).join('|')})$`);

/** Spelling key: no possessive, no dots in acronyms ("U.S." = "US"), single spaces. */
export function norm(s: string): string {
  return s
    .replace(/(?:['’]s|['’])$/u, '')
    .replace(/\b([A-Z])\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lexicon entry for a spelling ("NTSB", "U.S. Coast Guard", "NASA's"), if any. */
export function orgEntryFor(text: string): OrgEntry | undefined {
  return BY_SPELLING.get(norm(text));
}

/** News outlets: the list, outlet-like last words ("Science Times", "NASA TV"), web addresses. */
export function isOutletName(text: string): boolean {
  const n = norm(text);
  if (OUTLETS.has(n) || OUTLETS.has(n.replace(/^The /, '')) || OUTLET_SUFFIX.test(n) || outletDomain.test(n)) return true;
  // "Philadelphia NBC", "KTVU-TV": a place or call sign before a listed outlet or a TV suffix
  const words = n.split(' ');
  return (words.length > 1 && OUTLETS.has(words[words.length - 1]) && words[words.length - 1].length >= 3) || /-TV$/.test(n);
}

/** An acronym: two to six capitals, dots allowed ("NTSB", "U.S.C.G."). */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(norm(text)) || /^(?:\p{Lu}\.){2,6}$/u.test(text);
}

/** Known body, acronym, or a capitalised name ending in an organisation word. */
export function looksLikeOrg(text: string): boolean {
  return Boolean(orgEntryFor(text)) || isAcronym(text) || (/^\p{Lu}/u.test(text) && ORG_SUFFIX.test(norm(text)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name a known body goes by in this article: its canonical name when the article spells it
 * out (the name or an alias), else the acronym as written ("the FBI" in a story that never
 * writes "Federal Bureau of Investigation" is named "FBI", as the reader saw it).
 */
export function lexiconName(text: string, entry: OrgEntry, written: string): string {
  const acronym = entry.acronyms?.find((a) => norm(a) === norm(written));
  if (!acronym) return entry.name;
  const spelledOut = [entry.name, ...(entry.aliases ?? [])].some((n) => new RegExp(`(?<![\\p{L}])${escapeRe(n)}(?![\\p{L}])`, 'u').test(text));
  return spelledOut ? entry.name : acronym;
}

/**
 * org.acronym-expansion: "Full Name (ACR)" defines an acronym; the full name, the acronym in
 * brackets and every bare use of the acronym elsewhere in the article name one organisation.
 *   "the National Firefighter Protection Agency (NFPA) … NFPA said" → three mentions of one name
 * Not: "(AP)" after a dateline (no capitalised words whose initials spell it), "(EST)".
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { escapeRe, regexHits, storySentences } from '../people/spans.ts';
import { namedMention } from './mention.ts';
import { orgDesignators } from '../../lexicons/organizations.ts';

const DESIGNATORS = new Set(orgDesignators);

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', '&', 'de', 'du', 'des']);
const DEFINITION = /(?<full>(?:[\p{Lu}][\p{L}'’&.-]*\s+(?:(?:of|and|for|the|on|&|de|du|des)\s+)*){1,9})\((?<acr>\p{Lu}[\p{Lu}&.]{1,7})\)/gdu;

/**
 * The words of `full` whose initials spell `acr` (a suffix of `full`), or null. A company ending
 * may stand outside the acronym: "General Motors Corporation (GM)" → "General Motors Corporation".
 */
export function expansionFor(full: string, acr: string): string | null {
  const words = full.trim().split(/\s+/);
  const exact = initialsMatch(words, acr);
  if (exact || words.length < 3 || !DESIGNATORS.has(words[words.length - 1])) return exact;
  const shorter = initialsMatch(words.slice(0, -1), acr);
  return shorter ? `${shorter} ${words[words.length - 1]}` : null;
}

function initialsMatch(words: string[], acr: string): string | null {
  const letters = acr.replace(/[.&]/g, '');
  for (let s = 0; s < words.length; s++) {
    const tail = words.slice(s);
    if (CONNECTORS.has(tail[0].toLowerCase())) continue;
    const capitals = tail.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => w[0]).join('');
    const all = tail.map((w) => w[0].toUpperCase()).join('');
    if (capitals === letters || all === letters) return tail.join(' ');
  }
  return null;
}

export function acronymExpansions(doc: ExtractDoc): NamedMention[] {
  const out: NamedMention[] = [];
  const sentences = storySentences(doc);
  for (const hit of regexHits(doc, DEFINITION, sentences)) {
    const full = hit.groups.full!;
    const acr = hit.groups.acr!;
    const name = expansionFor(full.text, acr.text);
    if (!name) continue;
    const start = full.start + full.text.trimEnd().length - name.length;
    out.push(namedMention(doc, 'organization', { start, end: start + name.length }, 'org.acronym-expansion', name));
    const bare = new RegExp(`(?<![\\p{L}\\d])${escapeRe(acr.text)}(?:['’]s)?(?![\\p{L}\\d])`, 'gdu');
    for (const use of regexHits(doc, bare, sentences)) {
      const end = use.start + acr.text.length;
      out.push(namedMention(doc, 'organization', { start: use.start, end }, 'org.acronym-expansion', name));
    }
  }
  return out;
}

export const acronymExpansionRule: Rule<NamedMention> = {
  id: 'org.acronym-expansion',
  description: "'National Transportation Safety Board (NTSB)' and every later 'NTSB' name one body",
  extract: acronymExpansions,
};

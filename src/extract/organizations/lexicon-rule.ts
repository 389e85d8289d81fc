/**
 * org.lexicon: known agencies, operators, investigators and manufacturers, by any spelling, named
 * by their canonical name ("NTSB" → "National Transportation Safety Board", "NASA's" → "NASA").
 * Not: a manufacturer right before a model number ("Boeing 737", "Airbus A320"): that is a
 * vehicle family, not an actor.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { organizations } from '../../lexicons/organizations.ts';
import { alternation, regexHits, storySentences } from '../people/spans.ts';
import { orgEntryFor } from './lexicon.ts';
import { cleanNameSpan, namedMention } from './mention.ts';

const SPELLINGS = organizations.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]);
const LEXICON_RE = new RegExp(`(?<![\\p{L}\\d.-])(?:${alternation(SPELLINGS)})(?:['’]s?)?(?![\\p{L}\\d]|-\\d|-[A-Z]\\d)`, 'gdu');
const MODEL_AFTER = /^\s*-?\s*[A-Z]{0,2}\d/;

export function lexiconOrgs(doc: ExtractDoc): NamedMention[] {
  const out: NamedMention[] = [];
  for (const hit of regexHits(doc, LEXICON_RE, storySentences(doc))) {
    if (MODEL_AFTER.test(doc.text.slice(hit.end, hit.end + 6))) continue;
    const span = cleanNameSpan(doc, hit, hit.sentence);
    const entry = span && orgEntryFor(doc.text.slice(span.start, span.end));
    if (span && entry) out.push(namedMention(doc, 'organization', span, 'org.lexicon', entry.name));
  }
  return out;
}

export const lexiconRule: Rule<NamedMention> = {
  id: 'org.lexicon',
  description: "known bodies by any spelling: 'NTSB' → National Transportation Safety Board",
  extract: lexiconOrgs,
};

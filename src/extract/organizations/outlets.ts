/**
 * News outlets. org.outlet finds outlet names (the list, "… News/Times/TV" names, web
 * addresses); org.outlet-sources drops every outlet whose mentions all read as sources of
 * reporting, so only outlets that act in the story stay:
 *   dropped: "according to ABC News", "Phys.org reported", "told Reuters", "The NASA TV coverage"
 *   kept:    "Reuters employees were on board" (the outlet is part of the story)
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { NamedMention, Refiner, Rule } from '../types.ts';
import { newsOutlets, outletSuffixes } from '../../lexicons/organizations.ts';
import { alternation, lineAt, regexHits, storySentences } from '../people/spans.ts';
import { isOutletName } from './lexicon.ts';
import { cleanNameSpan, namedMention } from './mention.ts';

const WORD = `\\p{Lu}[\\p{L}'’&.-]*`;
const OUTLET_RE = new RegExp(
  [
    `(?<![\\p{L}])(?:${alternation(newsOutlets)})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:${WORD}\\s+){1,3}(?:${alternation(outletSuffixes)})(?![\\p{L}])`,
    `(?<![\\p{L}.])[\\p{L}\\d-]+\\.(?:com|org|net|co\\.uk)(?![\\p{L}])`,
  ].join('|'),
  'gdu',
);

export function outletMentions(doc: ExtractDoc): NamedMention[] {
  return regexHits(doc, OUTLET_RE, storySentences(doc)).flatMap((hit) => {
    const span = cleanNameSpan(doc, hit, hit.sentence);
    if (!span || !isOutletName(doc.text.slice(span.start, span.end))) return [];
    return [namedMention(doc, 'organization', span, 'org.outlet')];
  });
}

export const outletRule: Rule<NamedMention> = {
  id: 'org.outlet',
  description: "news outlets: 'ABC News', 'Phys.org', 'NASA TV' (kept only when they act in the story)",
  extract: outletMentions,
};

const SOURCE_BEFORE = /(?:according\s+to|told|tells|telling|to|in|on|via|from|by|for|with|cited|citing|quoting|quoted\s+by|reported\s+by|per)\s+(?:the\s+)?$/i;
const SOURCE_AFTER = /^(?:['’]s?)?\s*(?:\p{Lu}[\p{L}]*\s+)?(?:\(|reported|reports|report|reporting|reporter|said|says|quoted|cited|coverage|broadcast|footage|interview|story|article|learned|has learned|added|noted|stated|photo|video|correspondent|journalist|contributed|was told|first reported|obtained)/iu;

const CREDIT_BEFORE = /(?:\/\s*$|\b(?:photos?|images?|pictures?|video|footage|credit|courtesy)\b)/i;

/** Whether an outlet mention reads as the source of a report rather than a party to the story. */
export function isSourceContext(doc: ExtractDoc, m: Span): boolean {
  const line = lineAt(doc, m.start);
  const before = doc.text.slice(Math.max(line.start, m.start - 40), m.start);
  const after = doc.text.slice(m.end, Math.min(line.end, m.end + 40));
  if (SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after)) return true;
  if (CREDIT_BEFORE.test(doc.text.slice(line.start, m.start))) return true; // "Photo: Ann Lee/Reuters"
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true; // "NEW YORK (AP) —", "(Reuters)"
  return /^[\s(]*$/.test(before) && /^\s*(?:[)—–-]|$)/.test(after); // a dateline "(AP) —" or a line of its own
}

export const dropSourceOutlets: Refiner<NamedMention> = {
  id: 'org.outlet-sources',
  description: "drops outlets that only appear as sources: 'according to ABC News', 'Phys.org reported'",
  refine: (mentions, doc) => {
    const outletNames = new Set(mentions.filter((m) => isOutletName(m.text)).map((m) => m.name));
    const acting = new Set([...outletNames].filter((n) => mentions.some((m) => m.name === n && !isSourceContext(doc, m))));
    return mentions.filter((m) => !outletNames.has(m.name) || acting.has(m.name));
  },
};

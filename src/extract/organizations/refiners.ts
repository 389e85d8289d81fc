/**
 * Organisation refiners: one mention per span (longest name wins, then the more reliable rule),
 * and canonical names for any spelling the lexicon knows.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Refiner } from '../types.ts';
import { demonyms } from '../../lexicons/locations.ts';
import { eventWords, stockIndexTails } from '../../lexicons/organizations.ts';
import { facilityWords } from '../../lexicons/locations.ts';
import { ZONES } from '../../lexicons/dates.ts';
import { alternation } from '../people/spans.ts';
import { overlaps } from '../people/spans.ts';
import { lexiconName, orgEntryFor } from './lexicon.ts';

/** Lower is more reliable. */
const RULE_RANK: Record<string, number> = {
  'org.outlet': 0,
  'org.lexicon': 1,
  'org.acronym-expansion': 2,
  'org.suffix': 3,
  'org.descriptor': 4,
  'org.business': 4,
  'org.car-maker': 4,
  'org.compromise': 5,
  'org.repeat': 6,
};
const rank = (m: NamedMention) => RULE_RANK[m.ruleId] ?? 9;

/** Longest first ("NASA TV" beats "NASA" inside it), then rule rank, then text order. */
export function keepLongest(mentions: NamedMention[]): NamedMention[] {
  const order = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: NamedMention[] = [];
  for (const m of order) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

export const resolveOrgOverlaps: Refiner<NamedMention> = {
  id: 'org.overlaps',
  description: "one mention per span, the longest: 'NASA TV' over 'NASA', 'US Coast Guard' over 'Coast Guard'",
  refine: (mentions) => keepLongest(mentions),
};

export const canonicalOrgNames: Refiner<NamedMention> = {
  id: 'org.canonical-names',
  description: "lexicon spellings get the canonical name: 'U.S. Coast Guard' → 'US Coast Guard' (an acronym never spelled out stays as written)",
  refine: (mentions, doc) =>
    mentions.map((m) => {
      const entry = orgEntryFor(m.text);
      return entry && m.ruleId !== 'org.acronym-expansion' ? { ...m, name: lexiconName(doc.text, entry, m.text) } : m;
    }),
};

const INDEX_TAIL = new RegExp(`^(?:['’]s)?\\s+(?:(?:${alternation(stockIndexTails)})(?![\\p{L}])|\\d{2,4}(?![\\d.,]))`, 'u');

/** An event word ending the name or right after it, or a facility word right after it ("Changi International" + "Airport"). */
const EVENT_END = new RegExp(`(?:^|\\s)(?:${alternation(eventWords)})$`, 'u');
const NOT_ORG_AFTER = new RegExp(`^\\s+(?:${alternation([...eventWords, ...facilityWords.map((f) => f.word)])})(?![\\p{L}])`, 'u');

/**
 * Names that are no organisation: a stock index ("the Dow Jones Industrial Average", "the FTSE
 * 100", "Standard & Poor's 500"), a bare demonym ("Russian markets"), an event ("Worldwide
 * Developers Conference", "Paris Air" of "Paris Air Show"), a facility cut short ("Changi
 * International" of "… Airport"), a time zone ("0800 UTC").
 */
export function dropNotOrgs(mentions: NamedMention[], doc: ExtractDoc): NamedMention[] {
  return mentions.filter((m) => {
    const text = m.text.replace(/\s+/g, ' ');
    const after = doc.text.slice(m.end, m.end + 40);
    if (text in demonyms || text in ZONES || EVENT_END.test(text)) return false;
    return !INDEX_TAIL.test(after) && !(m.ruleId !== 'org.lexicon' && NOT_ORG_AFTER.test(after));
  });
}

/**
 * Companies known by what surrounds their name, not by the name itself:
 * - org.descriptor: a company noun before or around it: "automaker Chrysler", "computer company
 *   Apple", "the Italian company, Fiat", "Chrysler, another U.S. car maker", "its Saturn unit";
 * - org.business: a word only a company has after it, or a "founder of"-style phrase before it:
 *   "Apple CEO Steve Jobs", "Apple's board", "Boeing employees", "shares in Chrysler".
 * Not: places ("Detroit plants", "U.S. President"), demonyms ("European airframer"), dates
 * ("the airline Monday said"), people ("the company Jane Doe founded": a person span wins later).
 */
import type { ExtractDoc, Span } from '../doc.ts';
import type { NamedMention, Rule } from '../types.ts';
import { orgBusinessWords, orgBusinessWordsBefore, orgDescriptors, orgDesignators, orgOwnedWords, orgPossessions, orgSuffixes } from '../../lexicons/organizations.ts';
import { demonyms } from '../../lexicons/locations.ts';
import { roleTitles } from '../../lexicons/people.ts';
import { isGazetteerPlace } from '../locations/gazetteer.ts';
import { alternation, hasTag, regexHits, sentenceTerms, storySentences } from '../people/spans.ts';
import { cleanNameSpan, namedMention } from './mention.ts';

const WORD = `\\p{Lu}[\\p{L}\\d&'’.-]*`;
const NAME = `(?<name>${WORD}(?:\\s+(?:&\\s+)?${WORD}){0,2})`;
/** Both spellings: "board" and "Board" (headlines), names stay case-sensitive. */
const bothCases = (words: readonly string[]) => alternation([...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
const DESCRIPTOR = bothCases(orgDescriptors);
const AFTER_DESCRIPTOR = new RegExp(`(?<![\\p{L}-])(?:${DESCRIPTOR}),?\\s+${NAME}`, 'gdu');
/** "Chrysler, another U.S. car maker," — the descriptor ends the apposition (not "John Doe, the firm wanted…"). */
const APPOSITION = new RegExp(`(?<![\\p{L}\\d.-])${NAME},\\s+(?:a|an|the|another|its)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}(?:${DESCRIPTOR})(?=\\s*(?:[,.;:)]|$))`, 'gdu');
const OWNED = new RegExp(`(?<=(?:\\b(?:its|the|their)|['’]s)\\s+)${NAME}\\s+(?:${alternation(orgOwnedWords)})(?![\\p{L}])`, 'gdu');
const BUSINESS_AFTER = new RegExp(`(?<![\\p{L}\\d.-])${NAME}(?:['’]s?)?\\s+(?:${bothCases(orgBusinessWords)})(?![\\p{L}])`, 'gdu');
const POSSESSION = new RegExp(`(?<![\\p{L}\\d.-])${NAME}['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${bothCases(orgPossessions)})(?![\\p{L}])`, 'gdu');
const BUSINESS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${bothCases(orgBusinessWordsBefore)})\\s+(?:the\\s+)?${NAME}`, 'gdu');
/** Words a company name stops before: titles ("CEO"), business words, and title modifiers ("Vice Chairman"). */
const STOP_WORDS = new Set([...roleTitles, ...orgBusinessWords.map((w) => w.toLowerCase()), 'vice', 'deputy', 'senior', 'former', 'acting', 'interim']);
const DESIGNATORS = new Set(orgDesignators);
/** A company noun alone is no name: "Company spokeswoman Jane Doe", "Group CEO". */
const GENERIC = new Set([...orgDescriptors, ...orgSuffixes].map((w) => w.toLowerCase()));
const DATE_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;

/**
 * The span cut before the first title, business word or first name, and after a company ending:
 * "Apple Chief Executive" → "Apple", "Chrysler LLC Jim" (before "Press") → "Chrysler LLC".
 */
export function beforeStopWord(doc: ExtractDoc, span: Span, sentence: number): Span {
  const terms = sentenceTerms(doc, sentence);
  let end = span.start;
  for (const m of doc.text.slice(span.start, span.end).matchAll(/\S+/g)) {
    const at = span.start + m.index!;
    const term = terms.find((t) => t.start === at);
    if (STOP_WORDS.has(m[0].toLowerCase()) || (end > span.start && term && hasTag(term, 'FirstName', 'Honorific'))) break;
    end = at + m[0].length;
    if (DESIGNATORS.has(m[0])) break;
  }
  return { start: span.start, end };
}

/** Whether the words can name a company: not a place (known or tagged), a demonym, a date, a company noun or a lone adjective. */
export function canNameCompany(doc: ExtractDoc, span: Span, sentence: number): boolean {
  const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
  if (text.length < 2 || isGazetteerPlace(text) || text in demonyms || DATE_WORDS.test(text) || GENERIC.has(text.toLowerCase())) return false;
  const first = sentenceTerms(doc, sentence).find((t) => t.start === span.start);
  const terms = sentenceTerms(doc, sentence).filter((t) => t.start >= span.start && t.end <= span.end);
  if (terms.length && terms.every((t) => hasTag(t, 'Place', 'City', 'Region', 'Country') && !hasTag(t, 'Organization'))) return false; // "Long Beach"
  const lone = !/\s/.test(text) && first !== undefined;
  return !(lone && hasTag(first, 'Adjective', 'FirstName', 'Determiner', 'Adverb', 'Preposition', 'Conjunction', 'Pronoun') && !hasTag(first, 'Organization'));
}

function companyMentions(doc: ExtractDoc, res: RegExp[], ruleId: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (const re of res) {
    for (const hit of regexHits(doc, re, storySentences(doc))) {
      const name = hit.groups.name!;
      const clean = cleanNameSpan(doc, name, hit.sentence);
      const span = clean && beforeStopWord(doc, clean, hit.sentence);
      if (span && span.end > span.start && canNameCompany(doc, span, hit.sentence)) out.push(namedMention(doc, 'organization', span, ruleId));
    }
  }
  return out;
}

export const descriptorRule: Rule<NamedMention> = {
  id: 'org.descriptor',
  description: "a company noun around a name: 'automaker Chrysler', 'Chrysler, another car maker', 'its Saturn unit'",
  extract: (doc) => companyMentions(doc, [AFTER_DESCRIPTOR, APPOSITION, OWNED], 'org.descriptor'),
};

export const businessRule: Rule<NamedMention> = {
  id: 'org.business',
  description: "a word only a company has: 'Apple CEO', 'Apple's board', 'Boeing employees', 'shares in Chrysler'",
  extract: (doc) => companyMentions(doc, [BUSINESS_AFTER, POSSESSION, BUSINESS_BEFORE], 'org.business'),
};

/**
 * org.repeat: a name an article has shown to be an organisation is one wherever else it says
 * it ("computer company Apple … Apple unveiled…"), and so is its short form without a company
 * ending ("Chrysler LLC" … "Chrysler"). One sense per article.
 * Not inside a longer capitalised name ("Apple Records" after "Apple", "Henry Ford" after
 * "Ford"), nor from compromise's one-word guesses (too often a headline's first word).
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention } from '../types.ts';
import { orgDesignators } from '../../lexicons/organizations.ts';
import { alternation, overlaps, regexHits, storySentences } from '../people/spans.ts';
import { namedMention } from './mention.ts';

const DESIGNATOR_TAIL = new RegExp(`,?\\s+(?:${alternation(orgDesignators)})$`, 'u');
const FUNCTION_WORDS = new Set(['The', 'A', 'An', 'And', 'Or', 'But', 'In', 'On', 'At', 'For', 'By', 'From', 'With', 'To', 'Of', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Its', 'Their']);
const UNSURE = new Set(['org.compromise', 'org.outlet']);

/** Spellings to look for: the mention's text and its short form ("Chrysler LLC" → "Chrysler"). */
export function repeatForms(m: NamedMention): string[] {
  const text = m.text.replace(/['’]s?$/u, '').replace(/\s+/g, ' ');
  const short = text.replace(DESIGNATOR_TAIL, '');
  return [...new Set([text, short])].filter((t) => t.length >= 2 && /^\p{Lu}/u.test(t));
}

/** A capitalised word (not "The", "In"…) right before, in the same sentence: "Henry Ford", "William Clay Ford". */
export function capitalisedBefore(doc: ExtractDoc, sentence: number, start: number): boolean {
  const s = doc.sentences[sentence];
  const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(doc.text.slice(Math.max(s.start, start - 30), start));
  return Boolean(before && !FUNCTION_WORDS.has(before[1]));
}

/** A capitalised word glued before or after: the match is part of a longer name ("Apple Records"). */
function insideLongerName(doc: ExtractDoc, sentence: number, start: number, end: number): boolean {
  const s = doc.sentences[sentence];
  const after = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(doc.text.slice(end, Math.min(s.end, end + 30)));
  return capitalisedBefore(doc, sentence, start) || Boolean(after && !/^[A-Z]{2,}$|^C\.E\.O/.test(after[1]) && !/^(?:Chief|Executive|Chairman|CEO)$/.test(after[1]));
}

export function repeatOrgs(doc: ExtractDoc, found: NamedMention[]): NamedMention[] {
  const sure = found.filter((m) => !UNSURE.has(m.ruleId) || /\s/.test(m.text.trim()));
  const names = new Map<string, string>();
  for (const m of sure) for (const form of repeatForms(m)) if (!names.has(form)) names.set(form, m.name);
  if (names.size === 0) return [];
  const re = new RegExp(`(?<![\\p{L}\\d.&-])(?:${alternation([...names.keys()])})(?=['’]s?|[^\\p{L}\\d&-]|$)`, 'gdu');
  return regexHits(doc, re, storySentences(doc))
    .filter((h) => !found.some((m) => overlaps(m, h)) && !insideLongerName(doc, h.sentence, h.start, h.end))
    .map((h) => namedMention(doc, 'organization', h, 'org.repeat', names.get(h.text.replace(/\s+/g, ' '))));
}

/**
 * Span mechanics shared by the people, organisation and location rules: sentence terms with
 * absolute offsets, regex hits mapped to offsets, possessive and punctuation trimming, overlap
 * resolution, and the checks for lines that carry no story (site promos, title-case headlines).
 *
 * (Lives here because the three extractors are owned together; move it to `src/extract/` when
 * another kind needs it.)
 */
import type { ExtractDoc, Span, TermInfo } from '../doc.ts';
import { promoLineCues } from '../../lexicons/people.ts';
import { execAll } from '../shared/regex.ts';

const termCache = new WeakMap<ExtractDoc, Map<number, TermInfo[]>>();

/** Every term of sentence `i`, with absolute offsets and compromise tags (computed once per doc). */
export function sentenceTerms(doc: ExtractDoc, i: number): TermInfo[] {
  let perDoc = termCache.get(doc);
  if (!perDoc) termCache.set(doc, (perDoc = new Map()));
  let terms = perDoc.get(i);
  if (!terms) {
    terms = doc.toSpans(doc.parse(i), i).flatMap((s) => s.terms);
    perDoc.set(i, terms);
  }
  return terms;
}

export interface RegexHit extends Span {
  text: string;
  sentence: number;
  /** Named groups with absolute offsets (the regex needs the `d` flag). */
  groups: Record<string, (Span & { text: string }) | undefined>;
}

/** Runs a global regex (flags `g` and `d`) over each sentence and maps hits to absolute offsets. */
export function regexHits(doc: ExtractDoc, re: RegExp, which?: Iterable<number>): RegexHit[] {
  const out: RegexHit[] = [];
  for (const i of which ?? doc.sentences.keys()) {
    const base = doc.sentences[i].start;
    const s = doc.sentenceText(i);
    for (const m of execAll(re, s)) {
      if (m[0].length === 0) continue;
      const groups: RegexHit['groups'] = {};
      for (const [name, idx] of Object.entries(m.indices?.groups ?? {})) {
        groups[name] = idx ? { start: base + idx[0], end: base + idx[1], text: s.slice(idx[0], idx[1]) } : undefined;
      }
      const start = base + m.index!;
      out.push({ start, end: start + m[0].length, text: m[0], sentence: i, groups });
    }
  }
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regex alternation of literal phrases, longest first (so "Air Force Base" beats "Base"). */
export function alternation(words: readonly string[], flexibleSpace = true): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return sorted.map((w) => (flexibleSpace ? escapeRe(w).replace(/ /g, '\\s+') : escapeRe(w))).join('|');
}

const POSSESSIVE = /(?:['’]s|s['’]|['’])$/u;

/** End offset without a trailing possessive: "NASA's" → "NASA", "Roscosmos'" → "Roscosmos". */
export function withoutPossessive(text: string, start: number, end: number): number {
  const s = text.slice(start, end);
  const m = POSSESSIVE.exec(s);
  if (!m) return end;
  // "Roscosmos'" loses only the apostrophe: the s belongs to the name
  const cut = m[0].startsWith('s') ? m[0].length - 1 : m[0].length;
  return end - cut;
}

/** Shrinks a span over surrounding spaces and punctuation (keeps a final "." of "Jr." / "Co."). */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:!?"'“”‘’()[\]—–-]/u.test(text[start])) start++;
  while (end > start && /[\s,;:!?"“”()[\]—–-]/u.test(text[end - 1])) end--;
  while (end > start && text[end - 1] === '.' && !/\b(?:[A-Z]|Jr|Sr|Co|Inc|Corp|Ltd|St|Mt)\.$/.test(text.slice(start, end))) end--;
  return { start, end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Keeps, among overlapping spans, the one with the best rank (lower is better), then the longest,
 * then the earliest. Returns the survivors in text order.
 */
export function resolveOverlaps<M extends Span>(items: M[], rank: (m: M) => number): M[] {
  const byPreference = [...items].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: M[] = [];
  for (const m of byPreference) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The line (between newlines) that holds `offset`. */
export function lineAt(doc: ExtractDoc, offset: number): Span {
  const start = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const nl = doc.text.indexOf('\n', offset);
  return { start, end: nl === -1 ? doc.text.length : nl };
}

/** True when the sentence sits on a site-promo line ("ALSO READ: …", "RELATED ARTICLE: …"). */
export function isPromoSentence(doc: ExtractDoc, i: number): boolean {
  const line = lineAt(doc, doc.sentences[i].start);
  const text = doc.text.slice(line.start, line.end);
  return promoLineCues.some((re) => re.test(text));
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'vs']);

/**
 * True for headline-style sentences: a capitalised small word inside ("Russia Releases A
 * Statement About The Leak"), or every content word capitalised ("Coolant Leakage in
 * International Space Station"). A sentence full of names still has a lowercase verb ("Ken Doe
 * of the National Safety Agency said"), so it is not a headline.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.slice(1).some((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && SMALL_WORDS.has(w.toLowerCase()) && w !== 'A')) return true;
  if (words.slice(2).some((w, j) => w === 'A' && /^\p{Lu}/u.test(words[j + 1]) && /^\p{Lu}\p{Ll}/u.test(words[j + 3] ?? ''))) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.length >= 4 && content.every((w) => /^\p{Lu}/u.test(w));
}

const storyCache = new WeakMap<ExtractDoc, readonly number[]>();

/**
 * Sentence indexes worth reading: all but promo lines. Found once per document (a dozen rules
 * ask); each caller gets its own copy.
 */
export function storySentences(doc: ExtractDoc): number[] {
  let found = storyCache.get(doc);
  if (!found) storyCache.set(doc, (found = [...doc.sentences.keys()].filter((i) => !isPromoSentence(doc, i))));
  return [...found];
}

/**
 * Capitalised words that are never a name nor part of one (function words, weekdays): a
 * sentence whose only capitals are these ("The cause has not been determined.", "No one was
 * hurt on Tuesday.") holds no person, place or organisation name.
 */
const NEVER_A_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'Their', 'His', 'Her', 'Its', 'Our', 'My', 'No', 'Not', 'But', 'And', 'Or', 'So', 'As', 'After', 'Before',
  'When', 'While', 'If', 'For', 'By', 'With', 'From', 'Of', 'To', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Any',
  'However', 'Meanwhile', 'Earlier', 'Later', 'Then', 'Also',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;

/**
 * Whether sentence `i` may hold a name, from its text alone: a word with a capital (not one of
 * NEVER_A_NAME). Every person, place and organisation the name rules keep has one (a name word
 * starts with a capital: isNameWord, and the place and organisation rules drop lowercase words).
 */
export function mayHoldName(doc: ExtractDoc, i: number): boolean {
  for (const m of execAll(CAPITALISED_WORD, doc.sentenceText(i))) if (!NEVER_A_NAME.has(m[0])) return true;
  return false;
}

const nameSentenceCache = new WeakMap<ExtractDoc, number[]>();

/**
 * The story sentences that may hold a name (`mayHoldName`), tagged in one pass: the sentences
 * the person, place and organisation rules read with compromise. The others stay untagged.
 */
export function nameSentences(doc: ExtractDoc): number[] {
  let found = nameSentenceCache.get(doc);
  if (!found) {
    found = storySentences(doc).filter((i) => mayHoldName(doc, i));
    doc.tag(found);
    nameSentenceCache.set(doc, found);
  }
  return found;
}

export function hasTag(t: TermInfo, ...tags: string[]): boolean {
  return tags.some((tag) => t.tags.includes(tag));
}

/** Whether a term starts with a capital letter (or a digit-free acronym). */
export function isCapitalised(t: TermInfo): boolean {
  return /^\p{Lu}/u.test(t.text);
}

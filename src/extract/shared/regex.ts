/**
 * Shared mechanics for regex rules: compile word lists longest-first, run a regex inside
 * each sentence (so no match crosses a sentence), and map matches to text offsets.
 */
import type { ExtractDoc } from '../doc.ts';

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of literals, longest first, so "container ship" wins over "ship". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRegex(w).replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * Every match of a global regex in `text`: what `[...text.matchAll(re)]` gives, without the
 * copy of the regex `matchAll` makes on each call (for a large alternation that copy costs far
 * more than the search in a sentence). Starts at `re.lastIndex` and leaves it as it was.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  return keepingLastIndex(re, 'execAll', () => {
    const unicode = isUnicode(re);
    const out: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, unicode);
    }
    return out;
  });
}

/** Runs `scan` over the global regex `re`, then puts `re.lastIndex` back as it was. */
function keepingLastIndex<T>(re: RegExp, caller: string, scan: () => T): T {
  if (!re.global) throw new TypeError(`${caller} needs a global regex: ${re.source}`);
  const saved = re.lastIndex;
  try {
    return scan();
  } finally {
    re.lastIndex = saved;
  }
}

const isUnicode = (re: RegExp) => re.unicode || re.flags.includes('v');

/**
 * Every index of `text` where the global regex `re` can start a match, overlapping ones included
 * (searching again one character after each start), ascending. Leaves `re.lastIndex` as it was.
 */
export function matchStarts(re: RegExp, text: string): number[] {
  return keepingLastIndex(re, 'matchStarts', () => {
    const unicode = isUnicode(re);
    const out: number[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m.index);
      re.lastIndex = advance(text, m.index, unicode);
    }
    return out;
  });
}

const stickyOf = new WeakMap<RegExp, RegExp>();

/**
 * What `execAll(re, text)` gives, when every index where `re` can start a match is in `starts`
 * (ascending; e.g. `matchStarts` of a union `re` is part of): `re` is tried only there, anchored
 * (a sticky copy), instead of being searched for along the whole text. The first start that
 * matches is where the search would have stopped, since the indexes before it hold no match.
 */
export function execAllAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAllAt needs a global regex: ${re.source}`);
  let sticky = stickyOf.get(re);
  if (!sticky) stickyOf.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const unicode = isUnicode(re);
  const out: RegExpExecArray[] = [];
  let from = 0; // where the search would go on from
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m[0].length === 0 ? advance(text, at, unicode) : at + m[0].length;
  }
  return out;
}

/** The index after the character at `i` (a whole surrogate pair in unicode mode), as matchAll steps over an empty match. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

export interface SentenceMatch {
  match: RegExpExecArray;
  /** Absolute offset of match[0] in doc.text. */
  start: number;
  end: number;
  sentence: number;
}

/** Runs a global regex over every sentence (or the given ones, in that order); yields absolute offsets. */
export function* matchSentences(doc: ExtractDoc, re: RegExp, which?: Iterable<number>): Generator<SentenceMatch> {
  if (!re.global) throw new Error(`regex must be global: ${re.source}`);
  for (const i of which ?? doc.sentences.keys()) {
    const base = doc.sentences[i].start;
    const text = doc.sentenceText(i);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { match: m, start: base + m.index, end: base + m.index + m[0].length, sentence: i };
    }
  }
}

/**
 * The union of regex sources: one regex that matches a text exactly when one of them would
 * (an alternation matches where one of its alternatives does). A cheap first test when many
 * regexes scan the same sentences and most sentences hold none of them. Named groups become
 * plain groups (only the match matters here); back-references are refused (a union renumbers
 * groups).
 */
export function unionSource(sources: readonly string[]): string {
  if (sources.some((s) => /\\[1-9]|\\k</.test(s))) throw new Error('unionSource: back-references cannot be joined');
  return sources.map((s) => `(?:${s.replace(/(?<!\\)\(\?<([A-Za-z_$][\w$]*)>/g, '(?:')})`).join('|');
}

/**
 * Sources added by many rules that each scan every sentence with their own regex, and one
 * union search for all of them: per sentence, every index where one of them can start a match
 * (found once per document). A rule then tries its regex only there (execAllAt), and a
 * sentence with no start at all is skipped. `wrap` makes the union regex (global) from the
 * joined sources, with the edges every rule's regex has around its source.
 */
export class UnionStarts {
  private readonly sources: string[] = [];
  private union: RegExp | null = null;
  private readonly cache = new WeakMap<ExtractDoc, { union: RegExp; starts: (readonly number[])[] }>();

  constructor(private readonly wrap: (joined: string) => RegExp) {}

  add(...sources: string[]): void {
    this.sources.push(...sources);
    this.union = null;
  }

  /** Indexes in sentence `i` (relative to it) where a match of some source can start. */
  starts(doc: ExtractDoc, i: number): readonly number[] {
    // no source yet: nothing to find (an empty union would match everywhere)
    const union = (this.union ??= this.sources.length ? this.wrap(unionSource(this.sources)) : /(?!)/g);
    let found = this.cache.get(doc);
    if (!found || found.union !== union) this.cache.set(doc, (found = { union, starts: doc.sentences.map((_, k) => matchStarts(union, doc.sentenceText(k))) }));
    return found.starts[i];
  }
}

const sentencesWithCache = new WeakMap<ExtractDoc, Map<RegExp, number[]>>();

/** Indexes of the sentences where a non-global regex matches (tested once per document and regex). */
export function sentencesWith(doc: ExtractDoc, re: RegExp): number[] {
  if (re.global || re.sticky) throw new Error(`sentencesWith needs a regex without g or y: ${re.source}`);
  let perDoc = sentencesWithCache.get(doc);
  if (!perDoc) sentencesWithCache.set(doc, (perDoc = new Map()));
  let found = perDoc.get(re);
  if (!found) {
    found = [];
    for (let i = 0; i < doc.sentences.length; i++) if (re.test(doc.sentenceText(i))) found.push(i);
    perDoc.set(re, found);
  }
  return found;
}

/** Offset of a named or numbered group inside the text, using the `d` flag's indices. */
export function groupSpan(m: SentenceMatch, group: string | number): { start: number; end: number } | null {
  const ind = m.match.indices;
  if (!ind) throw new Error('regex needs the d flag for group spans');
  const pair = typeof group === 'number' ? ind[group] : ind.groups?.[group];
  if (!pair) return null;
  const base = m.start - m.match.index;
  return { start: base + pair[0], end: base + pair[1] };
}

/** Collapses internal whitespace, for canonical names. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The plural noun right after a number, which makes the number a count ("2000 people",
 * "737 seats"), or null ("in 2009 out of", "the 1991 agreement", "737 crew").
 * Not plurals: "as", "was", "its", "this", "across", "business".
 */
export function pluralNounAfter(after: string): string | null {
  const m = /^\s+([a-z]{2,})\b/.exec(after);
  if (!m) return null;
  if (IRREGULAR_PLURALS.has(m[1])) return m[1];
  if (!m[1].endsWith('s') || /(?:ss|us|is)$/.test(m[1]) || NOT_PLURAL.has(m[1])) return null;
  return m[1];
}

/** Plurals without an s: "2000 people", "300 staff". */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'staff', 'personnel', 'police', 'feet', 'teeth', 'mice', 'geese', 'cattle']);

const NOT_PLURAL = new Set(['as', 'was', 'has', 'does', 'its', 'this', 'thus', 'plus', 'across', 'unless', 'always', 'perhaps', 'whereas', 'besides']);

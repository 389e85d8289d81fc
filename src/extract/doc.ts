/**
 * The document every extraction rule reads: the cleaned text, its sentences and blocks, the
 * publication date, and the compromise parse of each sentence, made on first use and shared by
 * every rule (a sentence is never tagged twice). Tagging is lazy per sentence: only the
 * sentences some rule reads with tags are tagged (most of the tagger's cost), and a rule that
 * reads many calls `tag(which)` first so they share one pass (`tagSentences`: each sentence
 * tokenised on its own, as `nlp(sentence)` would). `parse(i)` is a view of sentence i, and
 * `toSpans` maps views to offsets from the terms themselves (no `json()`).
 */
import type { Block, IngestedArticle, Sentence } from '../ingest/types.ts';
import { splitSentences } from '../ingest/segment.ts';
import { compiledPattern, rangeView, rangesView, tagSentences, type CompromiseTerm, type TaggedSentences, type View } from './nlp.ts';

export interface Span {
  start: number;
  end: number;
}

/** A compromise match mapped back to offsets in the cleaned text. */
export interface MatchSpan extends Span {
  text: string;
  sentence: number;
  /** The matched terms, with their absolute offsets and tags. */
  terms: TermInfo[];
}

export interface TermInfo extends Span {
  text: string;
  tags: string[];
  /** Punctuation and spaces after the term ("", ", ", ". "). */
  post: string;
  pre: string;
}

export class ExtractDoc {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly Block[];
  /** Publication date `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null;
  private readonly parses = new Map<number, View>();
  /** The parse of each distinct sentence text tagged so far. */
  private readonly byText = new Map<string, View>();
  /** The tagging pass each distinct sentence text was tagged in, and its index in that pass. */
  private readonly passOf = new Map<string, { tagged: TaggedSentences; k: number }>();
  /** The sentence text each parsed term belongs to (to sort a whole pass's matches by sentence). */
  private readonly termText = new Map<CompromiseTerm, string>();
  /** Milliseconds spent tagging (0 until the first `parse`), for the run's time per stage. */
  tagMs = 0;
  /** Start of each parsed term, relative to its sentence (what compromise's `offset` gives). */
  private readonly termStarts = new Map<CompromiseTerm, number>();
  /** Spans of each string pattern per sentence, found on first use. */
  private readonly matches = new Map<string, Map<number, MatchSpan[]>>();

  constructor(article: Pick<IngestedArticle, 'text' | 'sentences' | 'blocks'> & { published: string | null }) {
    this.text = article.text;
    this.sentences = article.sentences;
    this.blocks = article.blocks;
    this.published = article.published;
  }

  /**
   * A doc from plain text, for tests and tools: every non-empty line is a paragraph block,
   * split into sentences by the ingest stage's own splitter (abbreviations known).
   */
  static fromText(text: string, published: string | null = null): ExtractDoc {
    const blocks: Block[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (body) blocks.push({ kind: 'paragraph', start: m.index! + lead, end: m.index! + lead + body.length });
    }
    return new ExtractDoc({ text, sentences: splitSentences(text, blocks), blocks, published });
  }

  sentenceText(i: number): string {
    const s = this.sentences[i];
    return this.text.slice(s.start, s.end);
  }

  /** Index of the sentence holding `offset`, or -1. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  blockOf(sentence: number): Block {
    return this.blocks[this.sentences[sentence].block];
  }

  isHeading(sentence: number): boolean {
    const k = this.blockOf(sentence).kind;
    return k === 'heading' || k === 'title';
  }

  /** The compromise parse of one sentence: a view of the tagging pass that covered it (made on first use). */
  parse(i: number): View {
    let v = this.parses.get(i);
    if (!v) {
      this.tag([i]);
      v = this.parses.get(i)!;
    }
    return v;
  }

  /**
   * Tags, in one pass, the given sentences not tagged yet (each sentence is tagged once, alone
   * or with others: compromise tags within a sentence, so the tags are the same either way) and
   * records each term's offset within its sentence. Rules that will read many sentences call it
   * first, so that they share one pass; `parse(i)` tags a sentence on its own. A sentence whose
   * text was tagged before (a repeated sentence) shares that parse: offsets are relative to the
   * sentence, so `toSpans` maps the same terms to each copy.
   */
  tag(which: Iterable<number>): void {
    const todo = [...new Set(which)].filter((i) => !this.parses.has(i));
    if (todo.length === 0) return;
    const t0 = performance.now();
    const texts: string[] = [];
    for (const i of todo) {
      const text = this.sentenceText(i);
      if (!this.byText.has(text) && !texts.includes(text)) texts.push(text);
    }
    if (texts.length) {
      const tagged = tagSentences(texts);
      const document = tagged.root.document as CompromiseTerm[][];
      texts.forEach((text, k) => {
        const [from, to] = tagged.ranges[k];
        let at = 0;
        for (let n = from; n < to; n++) {
          for (const t of document[n]) {
            this.termStarts.set(t, at + t.pre.length);
            this.termText.set(t, text);
            at += t.pre.length + t.text.length + t.post.length;
          }
        }
        this.byText.set(text, rangeView(tagged, k));
        this.passOf.set(text, { tagged, k });
      });
    }
    for (const i of todo) this.parses.set(i, this.byText.get(this.sentenceText(i))!);
    this.tagMs += performance.now() - t0;
  }

  /** How many sentences have been tagged so far (the rest were never read with tags). */
  get taggedCount(): number {
    return this.parses.size;
  }

  /** How many distinct sentence texts have been tagged (a repeated sentence is tagged once). */
  get taggedTexts(): number {
    return this.byText.size;
  }

  /**
   * Runs a compromise match on every sentence (or the given ones) and maps results to offsets.
   * A pattern string is compiled once per process, and its spans in a sentence are found once
   * per document (the returned spans are shared: do not change them).
   */
  match(pattern: string | ((v: View) => Jsonable), which?: Iterable<number>): MatchSpan[] {
    const out: MatchSpan[] = [];
    const indexes = [...(which ?? this.sentences.keys())];
    this.tag(indexes);
    if (typeof pattern !== 'string') {
      for (const i of indexes) out.push(...this.toSpans(pattern(this.parse(i)), i));
      return out;
    }
    let found = this.matches.get(pattern);
    if (!found) this.matches.set(pattern, (found = new Map()));
    const compiled = compiledPattern(pattern);
    for (const i of indexes) {
      let spans = found.get(i);
      if (!spans) found.set(i, (spans = this.toSpans(this.parse(i).match(compiled as unknown as string), i)));
      out.push(...spans);
    }
    return out;
  }

  /**
   * What `toSpans(find(parse(i)), i)` gives for each of the given sentences, with `find` called
   * once per tagging pass (on a view of all the sentences of that pass) instead of once per
   * sentence: most of the cost of `people()`, `places()`, `organizations()` on one sentence is
   * the call itself. Only for a `find` that works within each sentence (compromise's topic
   * methods and matches do: they never cross a sentence), so the whole pass's matches, sorted
   * by sentence, are the per-sentence matches. Spans come per sentence, in the order given.
   * `needs`: tags of which `find` needs one term at least (`#Person+` needs a Person): a
   * sentence without any is left out of the call (it would find nothing there).
   */
  spansPerSentence(which: readonly number[], find: (v: View) => Jsonable, needs?: readonly string[]): Map<number, MatchSpan[]> {
    this.tag(which);
    const texts = [...new Set(which.map((i) => this.sentenceText(i)))];
    const byPass = new Map<TaggedSentences, number[]>();
    for (const text of texts) {
      const { tagged, k } = this.passOf.get(text)!;
      if (needs && !holdsTag(tagged, k, needs)) continue;
      const ks = byPass.get(tagged);
      if (ks) ks.push(k);
      else byPass.set(tagged, [k]);
    }
    const found = new Map<string, CompromiseTerm[][]>(texts.map((t) => [t, []]));
    for (const [tagged, ks] of byPass) {
      for (const match of find(rangesView(tagged, ks)).docs) {
        if (match.length > 0) found.get(this.termText.get(match[0])!)!.push(match);
      }
    }
    return new Map(which.map((i) => [i, this.toSpans({ docs: found.get(this.sentenceText(i))! }, i)]));
  }

  /** Maps a compromise view of sentence `i` (from `parse(i)`) to spans of the cleaned text. */
  toSpans(view: Jsonable, i: number): MatchSpan[] {
    const base = this.sentences[i].start;
    const out: MatchSpan[] = [];
    for (const match of view.docs) {
      if (match.length === 0) continue;
      const terms = match.map((t) => {
        const at = this.termStarts.get(t);
        if (at === undefined) throw new Error(`toSpans: a view that is not of this document's parse (sentence ${i})`);
        return { start: base + at, end: base + at + t.text.length, text: t.text, tags: [...(t.tags ?? [])], post: t.post, pre: t.pre };
      });
      const start = terms[0].start;
      const end = terms[terms.length - 1].end;
      out.push({ start, end, text: this.text.slice(start, end), sentence: i, terms });
    }
    return out;
  }
}

/** Whether a term of input sentence `k` of a tagging pass carries one of the tags. */
export function holdsTag(tagged: TaggedSentences, k: number, tags: readonly string[]): boolean {
  const [from, to] = tagged.ranges[k];
  const document = tagged.root.document as CompromiseTerm[][];
  for (let n = from; n < to; n++) for (const t of document[n]) if (t.tags && tags.some((tag) => t.tags!.has(tag))) return true;
  return false;
}

/** Any compromise view (Three, People, Nouns…): all of them expose their matched terms. */
export interface Jsonable {
  readonly docs: CompromiseTerm[][];
}

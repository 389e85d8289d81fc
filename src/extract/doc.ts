/**
 * The document every extraction rule reads: the cleaned text, its sentences and blocks, the
 * publication date, and one compromise parse per sentence, made on first use and shared by
 * every rule (never two `nlp()` calls on the same sentence).
 */
import type { Block, IngestedArticle, Sentence } from '../ingest/types.ts';
import { splitSentences } from '../ingest/segment.ts';
import { nlp, type View } from './nlp.ts';

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

  /** The compromise parse of one sentence (made once, then shared). */
  parse(i: number): View {
    let v = this.parses.get(i);
    if (!v) {
      v = nlp(this.sentenceText(i));
      this.parses.set(i, v);
    }
    return v;
  }

  /** Runs a compromise match on every sentence (or the given ones) and maps results to offsets. */
  match(pattern: string | ((v: View) => Jsonable), which?: Iterable<number>): MatchSpan[] {
    const out: MatchSpan[] = [];
    const indexes = which ?? this.sentences.keys();
    for (const i of indexes) {
      const view = this.parse(i);
      const found = typeof pattern === 'string' ? view.match(pattern) : pattern(view);
      out.push(...this.toSpans(found, i));
    }
    return out;
  }

  /** Maps a compromise view of sentence `i` to spans of the cleaned text. */
  toSpans(view: Jsonable, i: number): MatchSpan[] {
    const base = this.sentences[i].start;
    const json = view.json({ offset: true, terms: { offset: true } }) as CompromiseJson[];
    return json
      .filter((m) => m.terms.length > 0)
      .map((m) => {
        const terms = m.terms.map((t) => ({
          start: base + t.offset.start,
          end: base + t.offset.start + t.offset.length,
          text: t.text,
          tags: t.tags,
          post: t.post,
          pre: t.pre,
        }));
        const start = terms[0].start;
        const end = terms[terms.length - 1].end;
        return { start, end, text: this.text.slice(start, end), sentence: i, terms };
      });
  }
}

/** Any compromise view (Three, People, Nouns…): all of them print to json. */
export interface Jsonable {
  json(opts?: object): unknown;
}

interface CompromiseJson {
  text: string;
  terms: { text: string; tags: string[]; pre: string; post: string; offset: { start: number; length: number } }[];
}

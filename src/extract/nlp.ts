/**
 * compromise, configured once for the whole process: our lexicon words and tag fixes are
 * mixed in here, so every rule sees the same tagger. Import `nlp` from here, never from
 * 'compromise' directly.
 *
 * `tagSentences` is a tagging pass over some sentences of a document (see ExtractDoc.tag, which
 * tags only the sentences rules read): each sentence is tokenised on its own, exactly as
 * `nlp(sentence)` would, and all of them are tagged in one compute pass, which costs less than
 * one `nlp()` call per sentence (the per-call set-up is paid once) and gives the same terms and
 * tags (compromise tags within a sentence; test/extract/doc-parse.test.ts checks it).
 */
import base from 'compromise';
import { compromiseWords } from '../lexicons/compromise-words.ts';
import { bulkMatch } from './sweep.ts';

base.addWords(compromiseWords);
const methodsOne = (base as unknown as { world(): { methods: { one: { bulkMatch: unknown } } } }).world().methods.one;
const stockBulkMatch = methodsOne.bulkMatch;
base.plugin({ methods: { one: { bulkMatch } } } as never); // same matches, indexed pattern selection (sweep.ts)

/** Whether compromise runs our indexed sweep (true once this module is loaded). */
export const usesIndexedSweep = (): boolean => methodsOne.bulkMatch === bulkMatch;

/** `f()` with compromise's own pattern sweep in place of ours (to compare the two: tests, bench:batch). */
export function withStockSweep<T>(f: () => T): T {
  methodsOne.bulkMatch = stockBulkMatch;
  try {
    return f();
  } finally {
    methodsOne.bulkMatch = bulkMatch;
  }
}

export const nlp = base;
export type View = ReturnType<typeof base>;

/** A compromise term, as the internal document holds it (what `view.docs` returns). */
export interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags?: Set<string>;
}

/** The internals we use: the tokenizer, the tagging hooks and the View constructor. */
interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): CompromiseTerm[][] } } };
}
const world = (base as unknown as { world(): World }).world();

/**
 * compute hooks `nlp()` runs, less `chunks`: chunking only fills `term.chunk` (phrase chunks
 * for `<Noun>` match syntax and `.nouns()`), which no rule reads; it costs about a tenth of
 * the parse. Trap: a rule that starts using chunk syntax needs 'chunks' back in this list.
 */
export const TAG_HOOKS: readonly string[] = world.hooks.filter((h) => h !== 'chunks');

const compiled = new Map<string, unknown>();

/** A match pattern parsed once per process (compromise parses a string pattern on every call). */
export function compiledPattern(pattern: string): unknown {
  let c = compiled.get(pattern);
  if (c === undefined) compiled.set(pattern, (c = (base as unknown as { parseMatch(p: string): unknown }).parseMatch(pattern)));
  return c;
}

type ViewClass = new (document: CompromiseTerm[][], pointer?: number[][]) => View;
const ViewOf = base.tokenize('').constructor as unknown as ViewClass;

/** One tagging pass over several sentences: the whole parse, and per sentence its range of compromise sentences. */
export interface TaggedSentences {
  root: View;
  /** `[from, to)` indexes into `root.document` for each input sentence. */
  ranges: [number, number][];
}

export function tagSentences(texts: readonly string[]): TaggedSentences {
  const document: CompromiseTerm[][] = [];
  const ranges: [number, number][] = [];
  for (const text of texts) {
    const from = document.length;
    if (/\S/.test(text)) document.push(...world.methods.one.tokenize.fromString(text, world));
    ranges.push([from, document.length]);
  }
  const root = new ViewOf(document);
  if (document.length) root.compute([...TAG_HOOKS]);
  return { root, ranges };
}

/** The view of compromise sentences `[from, to)` of a tagged document. */
export function rangeView(tagged: TaggedSentences, i: number): View {
  return rangesView(tagged, [i]);
}

/** One view of the compromise sentences of several input sentences of a tagged document, in the order given. */
export function rangesView(tagged: TaggedSentences, which: readonly number[]): View {
  const doc = tagged.root.document as CompromiseTerm[][];
  const ptrs: number[][] = [];
  for (const i of which) {
    const [from, to] = tagged.ranges[i];
    for (let n = from; n < to; n++) ptrs.push([n, 0, doc[n].length]);
  }
  return (tagged.root as unknown as { update(p: number[][]): View }).update(ptrs);
}

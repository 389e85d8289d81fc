/**
 * HTML pages → draft blocks and metadata claims. Metadata is read from the untouched page; the
 * article is found by a cascade, each stage engaged when the one before under-delivered, keeping
 * the best attempt:
 *
 * 1. structured data: a plausible JSON-LD articleBody (jsonld-body.ts) is the yardstick; it is
 *    taken when the page's own text (stages 2–3) holds less than half of it;
 * 2. semantic containers: the element the page marks as its article (articleBody, microdata,
 *    <article>, <main>) when it holds enough of the prose (semantic.ts); the scoring looks inside it;
 * 3. scoring of blocks by text, commas and link density (score.ts), over the whole page when no
 *    container qualified, with the siblings that belong to the best block (select.ts), cleaned
 *    inside (tidy.ts).
 *
 * Stages 2–3 run as attempts, relaxed one step at a time when an attempt finds too little text
 * (ENOUGH_CHARS) and no semantic container vouches for it (ATTEMPTS).
 */
import { load } from 'cheerio';
import type { Document, Element } from 'domhandler';
import type { Diagnostic } from '../../schema/index.ts';
import { info, warning, type Draft, type DraftBlock } from '../draft.ts';
import { readHtmlMetadata } from '../metadata.ts';
import { walkBlocks } from './blocks.ts';
import { inlineTextOf, isWithin, walkElements } from './dom.ts';
import { jsonLdBodyBlocks, pageLacksBody } from './jsonld-body.ts';
import { cardListing, listingOf, type Listing } from './listing.ts';
import { parseHtml } from './parse.ts';
import { removeFurniture, removeNonContent } from './prune.ts';
import { climb, scoreCandidates, topCandidate } from './score.ts';
import { withSiblings } from './select.ts';
import { semanticContainer, type SemanticContainer } from './semantic.ts';
import { computeStats } from './stats.ts';
import { tidyArticle } from './tidy.ts';

export interface AttemptOptions {
  name: string;
  /** Remove furniture by class/id vocabulary (tags and roles are always removed). */
  vocabulary: boolean;
  hints: boolean;
  tidy: boolean;
}

/**
 * 1. strict: furniture out by tag, role and class/id vocabulary; class hints in the scores;
 * 2. furniture by tag and role only (a class/id word can sit on the article's own wrapper);
 * 3. also without class hints in the scores;
 * 4. also without cleaning inside the article.
 */
export const ATTEMPTS: readonly AttemptOptions[] = [
  { name: 'strict', vocabulary: true, hints: true, tidy: true },
  { name: 'no-class-vocabulary', vocabulary: false, hints: true, tidy: true },
  { name: 'no-class-hints', vocabulary: false, hints: false, tidy: true },
  { name: 'no-inner-cleaning', vocabulary: false, hints: false, tidy: false },
];

/** An attempt giving this many characters of text is accepted (Readability's threshold). */
export const ENOUGH_CHARS = 500;
/**
 * A relaxed attempt replaces a stricter one only when it finds this many times as much text: a
 * short article stays as the strict attempt found it, without the link lists the relaxed ones let in.
 */
export const RELAXED_GAIN = 1.3;
/** A page of cards is taken for a listing only when the text found is shorter than this. */
export const SHORT_FOR_A_LISTING = 1000;

export interface Attempt {
  name: string;
  blocks: DraftBlock[];
  chars: number;
  /** Set when the content is a list of links to articles (a section front), not an article. */
  listing: Listing | null;
  /** The semantic container the article was found in, if one qualified. */
  semantic: string | null;
}

export function readHtml(html: string): Draft {
  const first = parseHtml(html);
  const diagnostics = pageWarnings(html, first.flattened);
  const meta = readHtmlMetadata(load(first.document));
  diagnostics.push(...meta.diagnostics);
  const headline = pageHeadline(first.document);
  removeNonContent(first.document);
  const cards = cardListing(first.document);
  const best = bestAttempt(html, first.document);
  if (best.name !== ATTEMPTS[0].name) diagnostics.push(info('extraction-attempt', `article found by the "${best.name}" attempt`));
  const done = (blocks: DraftBlock[]): Draft => ({ blocks: markHeadline(blocks, headline), claims: meta.claims, diagnostics });
  const ldBlocks = jsonLdBodyBlocks(meta.articleBody);
  if (ldBlocks && pageLacksBody(best.blocks, ldBlocks)) {
    diagnostics.push(info('json-ld-body', "the page's markup lacks most of the JSON-LD articleBody; that body is taken as the article"));
    return done(ldBlocks);
  }
  const listing = best.listing ?? (best.chars < SHORT_FOR_A_LISTING ? cards : null);
  if (listing) {
    const { linkedHeadings, proseParagraphs } = listing;
    diagnostics.push(warning('not-an-article', `the page lists other pages (${linkedHeadings} linked headlines, ${proseParagraphs} paragraphs of prose): a section front, tag page or search result? No body text taken`));
    return done([]);
  }
  return done(best.blocks);
}

function pageWarnings(html: string, flattened: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (flattened > 0) diagnostics.push(warning('deep-nesting', `markup nested deeper than the limit; ${flattened} tag(s) beyond it read as plain text`));
  if (looksTruncated(html)) diagnostics.push(warning('truncated-html', 'the page ends without </body> or </html> (or inside a tag): it may be cut short'));
  return diagnostics;
}

/** The attempts in order (each on a fresh tree: they remove elements), until one is good enough. */
export function bestAttempt(html: string, firstTree: Document): Attempt {
  let best: Attempt | undefined;
  for (const [i, options] of ATTEMPTS.entries()) {
    const attempt = runAttempt(i === 0 ? firstTree : parseHtml(html).document, options);
    if (!best || attempt.chars > best.chars * RELAXED_GAIN) best = attempt;
    // A container the page marks as its article, holding its prose, vouches for a short text.
    if (attempt.chars >= ENOUGH_CHARS || (attempt.semantic && attempt === best)) break;
  }
  return best!;
}

export function runAttempt(document: Document, options: AttemptOptions): Attempt {
  removeNonContent(document);
  removeFurniture(document, options.vocabulary);
  const { roots, scope } = articleRoots(document, options);
  if (options.tidy) tidyArticle(roots, { useHints: options.hints });
  const blocks = walkBlocks(roots);
  const chars = blocks.reduce((sum, b) => sum + b.text.trim().length, 0);
  return { name: options.name, blocks, chars, listing: listingOf(roots), semantic: scope?.id ?? null };
}

/** How far from the end the closing </body> or </html> is looked for. */
const CLOSING_TAG_WINDOW = 4096;

/** A page that ends inside a tag, or that opened <html>/<body> and never closes them. */
export function looksTruncated(html: string): boolean {
  const tail = html.slice(-CLOSING_TAG_WINDOW).trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return true;
  if (!/<(?:html|body)[\s>]/i.test(html.slice(0, CLOSING_TAG_WINDOW * 4))) return false;
  return !/<\/(?:body|html)\s*>/i.test(tail);
}

/**
 * The semantic container when one qualifies, and inside it (else in the whole page) the
 * best-scored container and its siblings that belong with it; else <body>.
 */
function articleRoots(document: Document, options: AttemptOptions): { roots: Element[]; scope: SemanticContainer | null } {
  const stats = computeStats(document);
  const scope = semanticContainer(document, stats);
  const scores = scoreCandidates(scope ? scope.element : document, stats, { useHints: options.hints });
  if (scope) for (const el of [...scores.keys()]) if (!isWithin(el, scope.element)) scores.delete(el);
  const top = topCandidate(scores);
  if (!top) return { roots: scope ? [scope.element] : bodyOf(document), scope };
  const climbed = climb(top, scores, scope?.element);
  return { roots: climbed === scope?.element ? [climbed] : withSiblings(climbed, scores, stats), scope };
}

function bodyOf(document: Document): Element[] {
  let body: Element | undefined;
  walkElements(document, (el) => {
    if (el.name === 'body') body = el;
    return body === undefined;
  });
  return body ? [body] : (document.children.filter((c) => c.type === 'tag') as Element[]);
}

/** The page's only <h1>, the headline when the article's blocks do not start with it. */
function pageHeadline(document: Document): string | null {
  const h1s: Element[] = [];
  walkElements(document, (el) => {
    if (el.name === 'h1') h1s.push(el);
  });
  return h1s.length === 1 ? inlineTextOf(h1s[0]) || null : null;
}

/**
 * The article's <h1>, when it comes before any paragraph, is the `title` block; when the article
 * has none (articleBody often leaves the headline out), the page's single <h1> is put first.
 */
export function markHeadline(blocks: DraftBlock[], pageH1: string | null): DraftBlock[] {
  const firstText = blocks.findIndex((b) => b.kind !== 'heading');
  const h1 = blocks.findIndex((b) => b.level === 1);
  if (h1 >= 0 && (firstText < 0 || h1 < firstText)) return blocks.map((b, i) => (i === h1 ? { kind: 'title', text: b.text } : b));
  if (h1 < 0 && pageH1) return [{ kind: 'title', text: pageH1 }, ...blocks];
  return blocks;
}

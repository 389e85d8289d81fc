/**
 * HTML pages → draft blocks and metadata claims. Metadata is read from the untouched page; the
 * article is then found by a cascade of attempts, each engaged only when the one before gave too
 * little text (a stub, a paywall teaser, the wrong block), keeping the best attempt:
 *
 * 1. strict: page furniture out by tag, role and class/id vocabulary; scored with class hints;
 *    the chosen article cleaned inside;
 * 2. furniture by tag and role only (a class/id word can sit on the article's own wrapper);
 * 3. also without class hints in the scores;
 * 4. also without cleaning inside the article.
 */
import { load } from 'cheerio';
import type { Document, Element } from 'domhandler';
import type { Diagnostic } from '../../schema/index.ts';
import { info, warning, type Draft, type DraftBlock } from '../draft.ts';
import { readHtmlMetadata } from '../metadata.ts';
import { walkBlocks } from './blocks.ts';
import { inlineTextOf, walkElements } from './dom.ts';
import { listingOf, type Listing } from './listing.ts';
import { parseHtml } from './parse.ts';
import { removeFurniture, removeNonContent } from './prune.ts';
import { climb, scoreCandidates, topCandidate } from './score.ts';
import { withSiblings } from './select.ts';
import { computeStats } from './stats.ts';
import { tidyArticle } from './tidy.ts';

export interface AttemptOptions {
  name: string;
  /** Remove furniture by class/id vocabulary (tags and roles are always removed). */
  vocabulary: boolean;
  hints: boolean;
  tidy: boolean;
}

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

interface Attempt {
  name: string;
  blocks: DraftBlock[];
  chars: number;
  /** Set when the content is a list of links to articles (a section front), not an article. */
  listing: Listing | null;
}

export function readHtml(html: string): Draft {
  const first = parseHtml(html);
  const diagnostics: Diagnostic[] = [];
  if (first.flattened > 0) diagnostics.push(warning('deep-nesting', `markup nested deeper than the limit; ${first.flattened} tag(s) beyond it read as plain text`));
  if (looksTruncated(html)) diagnostics.push(warning('truncated-html', 'the page ends without </body> or </html> (or inside a tag): it may be cut short'));
  const meta = readHtmlMetadata(load(first.document));
  diagnostics.push(...meta.diagnostics);
  const headline = pageHeadline(first.document);
  let best: Attempt | undefined;
  for (const [i, options] of ATTEMPTS.entries()) {
    const document = i === 0 ? first.document : parseHtml(html).document;
    const attempt = runAttempt(document, options);
    if (!best || attempt.chars > best.chars * RELAXED_GAIN) best = attempt;
    if (attempt.chars >= ENOUGH_CHARS) break;
  }
  if (best!.name !== ATTEMPTS[0].name) diagnostics.push(info('extraction-attempt', `article found by the "${best!.name}" attempt`));
  if (best!.listing) {
    const { linkedHeadings, proseParagraphs } = best!.listing;
    diagnostics.push(warning('not-an-article', `the page lists other pages (${linkedHeadings} linked headlines, ${proseParagraphs} paragraphs of prose): a section front, tag page or search result? No body text taken`));
    return { blocks: markHeadline([], headline), claims: meta.claims, diagnostics };
  }
  return { blocks: markHeadline(best!.blocks, headline), claims: meta.claims, diagnostics };
}

export function runAttempt(document: Document, options: AttemptOptions): Attempt {
  removeNonContent(document);
  removeFurniture(document, options.vocabulary);
  const roots = articleRoots(document, options);
  if (options.tidy) tidyArticle(roots, { useHints: options.hints });
  const blocks = walkBlocks(roots);
  const chars = blocks.reduce((sum, b) => sum + b.text.trim().length, 0);
  return { name: options.name, blocks, chars, listing: listingOf(roots) };
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

/** The best-scored container and its siblings that belong with it; else <body>. */
function articleRoots(document: Document, options: AttemptOptions): Element[] {
  const stats = computeStats(document);
  const scores = scoreCandidates(document, stats, { useHints: options.hints });
  const top = topCandidate(scores);
  if (!top) return bodyOf(document);
  return withSiblings(climb(top, scores), scores, stats);
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

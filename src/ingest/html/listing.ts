/**
 * A section front, a tag page or a search result is a list of links to articles, not an article:
 * its "text" is headlines and teasers, and extracting incidents from it gives garbage. It is told
 * by its headings: several headings that are links, and no more paragraphs of prose than headings.
 * Trap: a gift guide or a round-up links each item's heading but has many prose paragraphs.
 */
import type { Document, Element } from 'domhandler';
import { isElement, isInline, walkElements } from './dom.ts';
import { computeStats, MIN_LINE_CHARS, type NodeStats, type StatsMap } from './stats.ts';

/** Fewer linked headings than this is an article with a few links in its subheads. */
export const MIN_LINKED_HEADINGS = 4;
/** A heading whose text is at least this share link text is a link to another page. */
const LINKED_HEADING_SHARE = 0.8;
/** A <p> with this much prose (characters outside links) is a paragraph of an article. */
const PROSE_PARAGRAPH_CHARS = 120;

export interface Listing {
  linkedHeadings: number;
  proseParagraphs: number;
}

/** The counts when the content reads as a list of links to articles, else null. */
export function listingOf(roots: readonly Element[]): Listing | null {
  let linkedHeadings = 0;
  let proseParagraphs = 0;
  for (const root of roots) {
    const stats = computeStats(root);
    walkElements(root, (el) => {
      const s = stats.get(el)!;
      if (/^h[1-6]$/.test(el.name) && s.chars > 0 && s.linkChars / s.chars >= LINKED_HEADING_SHARE) linkedHeadings++;
      if (el.name === 'p' && s.prose >= PROSE_PARAGRAPH_CHARS) proseParagraphs++;
    });
  }
  return linkedHeadings >= MIN_LINKED_HEADINGS && linkedHeadings >= proseParagraphs ? { linkedHeadings, proseParagraphs } : null;
}

/** Cards are listed when at least this many headings are links. */
const MIN_CARDS = 6;
/** …and no block holds this much prose in its own paragraphs (an article's text, even a brief). */
const ARTICLE_PROSE_CHARS = 200;

/**
 * A page of cards (each a linked headline and a teaser), judged on the page before furniture is
 * removed (teaser cards are furniture by class, so the attempts keep one at most): many linked
 * headings, and no block whose paragraphs hold an article's worth of prose.
 */
export function cardListing(document: Document): Listing | null {
  const stats = computeStats(document);
  let linkedHeadings = 0;
  let mostProse = 0;
  walkElements(document, (el) => {
    const s = stats.get(el)!;
    if (/^h[1-6]$/.test(el.name) && s.chars > 0 && s.linkChars / s.chars >= LINKED_HEADING_SHARE) linkedHeadings++;
    mostProse = Math.max(mostProse, childrenProse(el, stats));
  });
  return linkedHeadings >= MIN_CARDS && mostProse < ARTICLE_PROSE_CHARS ? { linkedHeadings, proseParagraphs: 0 } : null;
}

/** Prose of an element's own lines and of its child blocks' own lines. */
function childrenProse(el: Element, stats: StatsMap): number {
  const own = (s: NodeStats) => (s.ownChars >= MIN_LINE_CHARS ? s.ownChars - s.ownLinkChars : 0);
  let sum = own(stats.get(el)!);
  for (const c of el.children) if (isElement(c) && !isInline(c)) sum += own(stats.get(c)!);
  return sum;
}

/**
 * A section front, a tag page or a search result is a list of links to articles, not an article:
 * its "text" is headlines and teasers, and extracting incidents from it gives garbage. It is told
 * by its headings: several headings that are links, and no more paragraphs of prose than headings.
 * Trap: a gift guide or a round-up links each item's heading but has many prose paragraphs.
 */
import type { Element } from 'domhandler';
import { walkElements } from './dom.ts';
import { computeStats } from './stats.ts';

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

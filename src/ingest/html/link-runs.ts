/**
 * Lists of other stories written as paragraphs: "You may also like…" followed by paragraphs that
 * are each one link, or "DON'T MISS" followed by a paragraph of three linked headlines. Removed
 * inside the article: a run of two or more link paragraphs, or one paragraph of several links,
 * with the short label right before it. Trap: a single paragraph that is one link ("Read the
 * report") stays; so does a paragraph of prose with a few links.
 */
import type { Element } from 'domhandler';
import { isElement, removeNode, walkElements } from './dom.ts';
import { linkDensity, type NodeStats, type StatsMap } from './stats.ts';

/** A paragraph this share link text is a link, not prose. */
const LINK_PARAGRAPH_DENSITY = 0.9;
/** …or this share with several links: a list of headlines on one line. */
const LINKS_PARAGRAPH_DENSITY = 0.7;
/** A label before the run ("You may also like...", "DON'T MISS") is this short. */
const MAX_LABEL_CHARS = 40;
const BLOCKISH = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b']);

export function isLinkParagraph(el: Element, s: NodeStats): boolean {
  if (el.name !== 'p' || s.links === 0) return false;
  return linkDensity(s) >= LINK_PARAGRAPH_DENSITY || (s.links >= 2 && linkDensity(s) >= LINKS_PARAGRAPH_DENSITY);
}

/** Removes the runs; returns how many elements went. */
export function removeLinkRuns(root: Element, stats: StatsMap): number {
  const doomed: Element[] = [];
  walkElements(root, (el) => {
    const kids = el.children.filter(isElement);
    for (let i = 0; i < kids.length; ) {
      let j = i;
      while (j < kids.length && stats.has(kids[j]) && isLinkParagraph(kids[j], stats.get(kids[j])!)) j++;
      const run = kids.slice(i, j);
      if (run.length >= 2 || (run.length === 1 && stats.get(run[0])!.links >= 2)) {
        doomed.push(...run);
        const label = kids[i - 1];
        if (label && isLabel(label, stats.get(label))) doomed.push(label);
      }
      i = j > i ? j : i + 1;
    }
  });
  for (const el of doomed) removeNode(el);
  return doomed.length;
}

function isLabel(el: Element, s: NodeStats | undefined): boolean {
  return s !== undefined && BLOCKISH.has(el.name) && s.links === 0 && s.chars > 0 && s.chars <= MAX_LABEL_CHARS;
}

/**
 * The semantic-container stage of the cascade: the first container the page marks as its article
 * (SEMANTIC_CONTAINERS, most specific first) that holds enough of the page's prose with few links.
 * The scoring then looks for the article inside it only; when no container qualifies (none marked,
 * or a marked one that is a teaser, a stub or a wrapper of everything) the whole page is scored.
 */
import type { Document, Element } from 'domhandler';
import { SEMANTIC_CONTAINERS } from '../../lexicons/boilerplate.ts';
import { walkElements } from './dom.ts';
import { linkDensity, type StatsMap } from './stats.ts';

/** A container with more link text than this is a list of links. */
const MAX_LINK_DENSITY = 0.5;

export interface SemanticContainer {
  /** Which SEMANTIC_CONTAINERS entry qualified. */
  id: string;
  element: Element;
}

export function semanticContainer(document: Document, stats: StatsMap): SemanticContainer | null {
  const pageProse = document.children.reduce((sum, c) => sum + (stats.get(c as Element)?.prose ?? 0), 0);
  for (const { id, minProseShare, test } of SEMANTIC_CONTAINERS) {
    const best = mostProse(document, stats, (el) => test(el.name, el.attribs));
    if (!best) continue;
    const s = stats.get(best)!;
    if (s.prose >= pageProse * minProseShare && linkDensity(s) < MAX_LINK_DENSITY) return { id, element: best };
  }
  return null;
}

function mostProse(document: Document, stats: StatsMap, test: (el: Element) => boolean): Element | undefined {
  let best: Element | undefined;
  let bestProse = 0;
  walkElements(document, (el) => {
    if (!test(el)) return;
    const prose = stats.get(el)!.prose;
    if (prose > bestProse) [best, bestProse] = [el, prose];
  });
  return best;
}

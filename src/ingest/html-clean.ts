/**
 * Removes page furniture before the main container is chosen: clutter tags, role/state
 * selectors, and elements whose class/id speak of sharing, newsletters, ads, comments…
 * (vocabulary in src/lexicons/boilerplate.ts). The article and its ancestors are never removed.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { HTML_CLUTTER_ATTRS, HTML_CLUTTER_SELECTORS, HTML_CLUTTER_TAGS, HTML_PROTECTED } from '../lexicons/boilerplate.ts';

export function removeClutter($: CheerioAPI): void {
  $([...HTML_CLUTTER_TAGS, ...HTML_CLUTTER_SELECTORS].join(', ')).remove();
  const keep = protectedNodes($);
  $('[class], [id]').each((_, el) => {
    if (!keep.has(el) && clutterAttrId($, el)) $(el).remove();
  });
}

/** Id of the clutter vocabulary entry the element's class/id matches, or null. */
export function clutterAttrId($: CheerioAPI, el: Element): string | null {
  const attrs = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`.toLowerCase();
  return HTML_CLUTTER_ATTRS.find((entry) => entry.pattern.test(attrs))?.id ?? null;
}

/**
 * The article-like elements and all their ancestors: a wrapper `<div class="post social-on">`
 * around the article must not take the article with it. Card `<article>`s in a "related"
 * box are not protected (only the article with the most paragraph text is).
 */
function protectedNodes($: CheerioAPI): Set<AnyNode> {
  const keep = new Set<AnyNode>();
  const roots = $(HTML_PROTECTED).not('article').toArray();
  const largest = largestArticle($);
  for (const root of largest ? [...roots, largest] : roots) {
    for (let node: AnyNode | null = root; node; node = node.parent) keep.add(node);
  }
  return keep;
}

/** The <article> with the most paragraph text (the first one on a tie). */
function largestArticle($: CheerioAPI): AnyNode | undefined {
  let best: AnyNode | undefined;
  let bestLength = -1;
  for (const article of $('article').toArray()) {
    const length = $(article).find('p').text().length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best;
}

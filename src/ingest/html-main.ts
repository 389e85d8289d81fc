/**
 * Chooses the element that holds the article: the first selector (most specific first) whose
 * best match holds at least half of the page's paragraph text, else the parent of the most
 * paragraph text (Readability's idea, simplified), else <body>.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Most specific first: articleBody excludes the article's header and footer. */
export const MAIN_SELECTORS: readonly string[] = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];

/** A selector's match must hold this share of the page's paragraph text to be trusted. */
const MIN_SHARE_OF_PARAGRAPH_TEXT = 0.5;

export function chooseMainContainer($: CheerioAPI): Cheerio<AnyNode> {
  const total = paragraphTextLength($, $.root());
  for (const selector of MAIN_SELECTORS) {
    const best = largestByParagraphText($, $(selector).toArray());
    if (best && paragraphTextLength($, $(best)) >= total * MIN_SHARE_OF_PARAGRAPH_TEXT && $(best).text().trim()) return $(best);
  }
  const densest = densestParagraphParent($);
  if (densest) return $(densest);
  const body = $('body');
  return body.length ? body : $.root();
}

export function paragraphTextLength($: CheerioAPI, el: Cheerio<AnyNode>): number {
  return el.find('p').toArray().reduce((sum, p) => sum + $(p).text().trim().length, 0);
}

function largestByParagraphText($: CheerioAPI, els: AnyNode[]): AnyNode | undefined {
  let best: AnyNode | undefined;
  let bestLength = -1;
  for (const el of els) {
    const length = paragraphTextLength($, $(el));
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/** The element whose direct <p> children hold the most text. */
function densestParagraphParent($: CheerioAPI): Element | undefined {
  const totals = new Map<Element, number>();
  for (const p of $('p').toArray()) {
    const parent = p.parent;
    if (parent && parent.type === 'tag') totals.set(parent as Element, (totals.get(parent as Element) ?? 0) + $(p).text().trim().length);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

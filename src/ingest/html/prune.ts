/**
 * Page-wide removals before the article is looked for:
 * 1. `removeNonContent`: scripts, styles, form controls, captions, hidden elements: never text.
 * 2. `removeFurniture`: navigation, sidebars, footers, share bars, comments… by tag, role and the
 *    class/id vocabulary of src/lexicons/boilerplate.ts, except elements that hold the article.
 */
import type { Document, Element } from 'domhandler';
import {
  FURNITURE_ROLES, FURNITURE_TAGS, HIDDEN_CLASS, HIDDEN_STYLE, HTML_CLUTTER_ATTRS, NON_CONTENT_TAGS,
} from '../../lexicons/boilerplate.ts';
import { hintOf, isElement, isInline, removeNode, walkElements } from './dom.ts';
import { computeStats, isQuote, linkDensity, type NodeStats, type StatsMap } from './stats.ts';

export function removeNonContent(document: Document): void {
  walkElements(document, (el) => {
    if (NON_CONTENT_TAGS.has(el.name) || el.type !== 'tag' || isHidden(el)) {
      removeNode(el);
      return false;
    }
  });
}

/** `hidden`, `aria-hidden="true"`, `display:none`, or a hidden-text class. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  return a.class !== undefined && HIDDEN_CLASS.test(a.class.toLowerCase());
}

/** Id of the class/id vocabulary entry an element matches, or null. */
export function clutterId(el: Element): string | null {
  const hint = hintOf(el);
  if (hint === '' || hint === ' ') return null;
  return HTML_CLUTTER_ATTRS.find((entry) => entry.pattern.test(hint))?.id ?? null;
}

/** Why an element is furniture ("tag:nav", "role:navigation", "class:share"), or null. */
export function furnitureReason(el: Element, vocabulary = true): string | null {
  if (FURNITURE_TAGS.has(el.name)) return `tag:${el.name}`;
  const role = el.attribs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `role:${role}`;
  if (!vocabulary || el.name === 'body' || el.name === 'html' || el.name === 'a') return null;
  const id = clutterId(el);
  return id ? `class:${id}` : null;
}

/**
 * An element holds the article when it contains an element marked as the article body, or half
 * of the page's prose (lines of text outside links): such an element is never furniture, whatever
 * its class says (`<div class="entry-content read-more">`, `<div class="widget blog">`).
 */
export function articleHolders(document: Document, stats: StatsMap): Set<Element> {
  const holders = new Set<Element>();
  const marks: Element[] = [];
  walkElements(document, (el) => {
    if (el.name === 'main' || el.attribs.itemprop?.toLowerCase() === 'articlebody') marks.push(el);
  });
  const largest = largestArticle(document, stats);
  if (largest) marks.push(largest);
  for (const mark of marks) for (let n: Element | null = mark; n && n.type === 'tag'; n = n.parent as Element | null) holders.add(n);
  return holders;
}

/** The <article> with the most text outside links (a page's teaser cards are <article>s too). */
function largestArticle(document: Document, stats: StatsMap): Element | undefined {
  let best: Element | undefined;
  let bestChars = 0;
  walkElements(document, (el) => {
    if (el.name !== 'article') return;
    const s = stats.get(el)!;
    const chars = s.chars - s.linkChars;
    if (chars > bestChars) [best, bestChars] = [el, chars];
  });
  return best;
}

/** Share of the page's prose an element must hold to be kept whatever its class. */
const HOLDER_SHARE = 0.5;

/**
 * A hover card inside a line of text: an inline element (not a link) holding a picture or several
 * links and almost nothing else ("Jane Doe" followed by her photo and her latest headlines). Trap:
 * the wrapper of the name and its card is not the card; when a child card holds most of an
 * element's text, the child is the card (the walk goes down to it) and the name stays.
 */
export function isInlineCard(el: Element, stats: StatsMap): boolean {
  const s = stats.get(el)!;
  if (!looksLikeCard(el, s)) return false;
  return !el.children.some((c) => isElement(c) && looksLikeCard(c, stats.get(c)!) && stats.get(c)!.chars >= s.chars * CARD_CORE_SHARE);
}

function looksLikeCard(el: Element, s: NodeStats): boolean {
  if (!isInline(el) || el.name === 'a' || s.chars < INLINE_CARD_CHARS) return false;
  return (s.images > 0 || s.links >= INLINE_CARD_LINKS) && linkDensity(s) >= INLINE_CARD_LINK_DENSITY;
}

const CARD_CORE_SHARE = 0.8;
const INLINE_CARD_CHARS = 60;
const INLINE_CARD_LINKS = 3;
const INLINE_CARD_LINK_DENSITY = 0.8;

export function removeFurniture(document: Document, vocabulary = true): Map<string, number> {
  const stats = computeStats(document);
  const holders = articleHolders(document, stats);
  const prose = [...document.children].reduce((sum, c) => sum + (stats.get(c as Element)?.prose ?? 0), 0);
  const removed = new Map<string, number>();
  walkElements(document, (el) => {
    if (holders.has(el)) return;
    const s = stats.get(el)!;
    const reason = furnitureReason(el, vocabulary) ?? (isInlineCard(el, stats) ? 'inline-card' : null);
    // An embedded post is quoted text whatever its wrapper's class says ("article-widget tweet").
    if (!reason || (reason.startsWith('class:') && isQuote(s))) return;
    if (s.prose > 0 && s.prose >= prose * HOLDER_SHARE) return;
    removeNode(el);
    removed.set(reason, (removed.get(reason) ?? 0) + 1);
    return false;
  });
  return removed;
}

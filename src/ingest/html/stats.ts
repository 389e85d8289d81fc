/**
 * Text statistics of every element, computed bottom-up in one iterative pass (O(nodes)), so the
 * scoring and cleaning rules read counts instead of re-walking subtrees (Readability re-walks,
 * which is most of its time on large pages).
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { FORM_CONTROL_TAGS, MEDIA_TAGS } from '../../lexicons/boilerplate.ts';
import { isElement, isInline, visibleLength } from './dom.ts';

export interface NodeStats {
  /** Visible (non-space) characters in the subtree. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Of which inside headings. */
  headingChars: number;
  /** Of which inside lists. */
  listChars: number;
  /** Of which inside quotations (<blockquote>: quoted posts, embedded tweets). */
  quoteChars: number;
  /** Visible characters of the element's own lines: its text and inline children, not nested blocks. */
  ownChars: number;
  /** Of the element's own characters, those inside links. */
  ownLinkChars: number;
  /** Prose: characters outside links in the lines of MIN_LINE_CHARS or more of the subtree. */
  prose: number;
  /** Commas in the subtree. */
  commas: number;
  /** Commas in the element's own lines (",", "，", "、", "،"). */
  ownCommas: number;
  paragraphs: number;
  /** Number of <a> elements. */
  links: number;
  images: number;
  listItems: number;
  controls: number;
  embeds: number;
}

export type StatsMap = Map<Element, NodeStats>;

const HEADING = /^h[1-6]$/;
/** Shortest line that counts as text (shorter ones are labels, buttons, dates). */
export const MIN_LINE_CHARS = 25;
const COMMAS = /[,，、،]/g;

export function computeStats(root: ParentNode): StatsMap {
  const stats: StatsMap = new Map();
  for (const el of postOrder(root)) stats.set(el, statsOf(el, stats));
  return stats;
}

function statsOf(el: Element, stats: StatsMap): NodeStats {
  const s = emptyStats();
  for (const child of el.children) {
    if (child.type === 'text') {
      const n = visibleLength(child.data);
      s.chars += n;
      s.ownChars += n;
      const commas = child.data.match(COMMAS)?.length ?? 0;
      s.commas += commas;
      s.ownCommas += commas;
    } else if (isElement(child)) {
      const c = stats.get(child);
      if (!c) continue;
      addInto(s, c);
      if (isInline(child)) {
        s.ownChars += c.ownChars;
        s.ownLinkChars += c.ownLinkChars;
        s.ownCommas += c.ownCommas;
      } else {
        s.prose += c.prose;
      }
    }
  }
  countSelf(el, s);
  if (!isInline(el) && s.ownChars >= MIN_LINE_CHARS) s.prose += s.ownChars - s.ownLinkChars;
  return s;
}

function countSelf(el: Element, s: NodeStats): void {
  const tag = el.name;
  if (tag === 'a') {
    s.links++;
    s.linkChars = s.chars;
    s.ownLinkChars = s.ownChars;
  }
  else if (HEADING.test(tag)) s.headingChars = s.chars;
  else if (tag === 'ul' || tag === 'ol') s.listChars = s.chars;
  else if (tag === 'blockquote') s.quoteChars = s.chars;
  else if (tag === 'p') s.paragraphs++;
  else if (tag === 'li') s.listItems++;
  else if (tag === 'img' || tag === 'picture') s.images++;
  else if (tag === 'video' || tag === 'audio' || tag === 'iframe' || tag === 'embed' || tag === 'object') s.embeds++;
  else if (FORM_CONTROL_TAGS.has(tag)) s.controls++;
  if (MEDIA_TAGS.has(tag)) s.ownChars = 0;
}

function addInto(s: NodeStats, c: NodeStats): void {
  s.chars += c.chars;
  s.linkChars += c.linkChars;
  s.commas += c.commas;
  s.headingChars += c.headingChars;
  s.listChars += c.listChars;
  s.quoteChars += c.quoteChars;
  s.paragraphs += c.paragraphs;
  s.links += c.links;
  s.images += c.images;
  s.listItems += c.listItems;
  s.controls += c.controls;
  s.embeds += c.embeds;
}

export function emptyStats(): NodeStats {
  return { chars: 0, linkChars: 0, headingChars: 0, listChars: 0, quoteChars: 0, ownChars: 0, ownLinkChars: 0, prose: 0, commas: 0, ownCommas: 0, paragraphs: 0, links: 0, images: 0, listItems: 0, controls: 0, embeds: 0 };
}

/** Elements of the tree (`root` included when it is an element), children before parents. */
function postOrder(root: ParentNode): Element[] {
  const order: Element[] = [];
  const stack: AnyNode[] = isElement(root) ? [root] : [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    order.push(node);
    for (const child of node.children) stack.push(child);
  }
  return order.reverse();
}

export function linkDensity(s: NodeStats): number {
  return s.chars > 0 ? s.linkChars / s.chars : 0;
}

/** A block that is mostly a quotation: a quoted post or an embedded tweet (content, not furniture). */
export function isQuote(s: NodeStats): boolean {
  return s.chars > 0 && s.quoteChars / s.chars > 0.8;
}

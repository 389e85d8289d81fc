/**
 * HTML → a domhandler tree, with htmlparser2. Measured on the 181 pages of the ingest benchmark
 * (README, "Libraries and why"): about 2 ms/page against 17 ms/page for cheerio's default parse5,
 * and the extractor does not need parse5's spec-exact tree repairs (it reads text, not layout).
 *
 * Deep nesting is capped twice: `capNesting` drops start and end tags beyond NESTING_CAP levels
 * from the source before parsing (htmlparser2 keeps its open elements with `unshift`, so 50,000
 * levels cost seconds), and any tree still deeper than MAX_DEPTH is flattened below that depth
 * (the text is kept, the structure is not), so nothing downstream can overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { isElement, isInline } from './dom.ts';

/** Real pages stay under 100 levels (the benchmark's deepest: about 60). */
export const NESTING_CAP = 400;
/** The tree's hard limit (elements not counted by `capNesting`, such as <p>, can add levels). */
export const MAX_DEPTH = 1000;

export function parseHtml(html: string): { document: Document; flattened: number } {
  const capped = capNesting(html, NESTING_CAP);
  const document = parseDocument(capped.html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return { document, flattened: capped.dropped + flattenDeepNesting(document, MAX_DEPTH) };
}

/** Elements without an end tag. */
const VOID_TAGS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame']);
/** Elements that close an open one of their kind (<li><li>): they never nest deeper, so are not counted. */
const PEER_CLOSING_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rp', 'rt', 'tbody', 'thead', 'tfoot', 'colgroup']);
/** Elements whose content is raw text ("a<b" inside a script is not a tag). */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const NAME_CHAR = /[a-zA-Z0-9:-]/;

/**
 * The source with start tags beyond `max` open levels (and the end tags that match them) replaced
 * by line breaks, and how many were dropped. One forward scan: each "<" is read once and the
 * search for its ">" never goes back, so broken markup ("<a<a<a…" without ">") stays linear.
 */
export function capNesting(html: string, max: number): { html: string; dropped: number } {
  const parts: string[] = [];
  const pending = new Map<string, number>();
  let depth = 0;
  let dropped = 0;
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0; ) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) break;
      i = html.indexOf('<', close + 3);
      continue;
    }
    const end = html.indexOf('>', i + 1);
    if (end < 0) break;
    const tag = tagAt(html, i);
    let next = end + 1;
    if (tag && !VOID_TAGS.has(tag.name) && !PEER_CLOSING_TAGS.has(tag.name)) {
      if (!tag.closing && RAW_TEXT_TAGS.has(tag.name)) next = endOfRawText(html, tag.name, next);
      else if (!tag.closing && depth < max) depth++;
      else if (!tag.closing || (pending.get(tag.name) ?? 0) > 0) {
        parts.push(html.slice(last, i), '\n');
        last = end + 1;
        const change = tag.closing ? -1 : 1;
        pending.set(tag.name, (pending.get(tag.name) ?? 0) + change);
        if (!tag.closing) dropped++;
      } else if (depth > 0) depth--;
    }
    i = html.indexOf('<', next);
  }
  if (dropped === 0) return { html, dropped };
  parts.push(html.slice(last));
  return { html: parts.join(''), dropped };
}

/** The tag name at a "<" (lower-cased) and whether it closes, or null when it is not a tag. */
function tagAt(html: string, at: number): { name: string; closing: boolean } | null {
  const closing = html[at + 1] === '/';
  let k = at + (closing ? 2 : 1);
  if (!/[a-zA-Z]/.test(html[k] ?? '')) return null;
  const from = k;
  while (k < html.length && NAME_CHAR.test(html[k])) k++;
  return { name: html.slice(from, k).toLowerCase(), closing };
}

function endOfRawText(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}\\s*>`, 'gi');
  end.lastIndex = from;
  return end.exec(html) ? end.lastIndex : html.length;
}

/** Flattens every element found at `maxDepth`; returns how many were flattened. */
export function flattenDeepNesting(document: Document, maxDepth: number): number {
  let flattened = 0;
  const stack: Array<[AnyNode, number]> = document.children.map((c) => [c, 1] as [AnyNode, number]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isElement(node)) continue;
    if (depth >= maxDepth) {
      flattenInto(node);
      flattened++;
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return flattened;
}

/** Replaces the element's descendants by their text nodes, a line break where a block started. */
function flattenInto(el: Element): void {
  const texts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') texts.push(node.data);
    if (!isElement(node) || node.type !== 'tag') continue;
    if (!isInline(node)) texts.push('\n');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  const text = new Text(texts.join(''));
  text.parent = el;
  el.children = [text];
}

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
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|<!--[\s\S]*?-->/g;

/**
 * The source with start tags beyond `max` open levels (and the end tags that match them) replaced
 * by line breaks, and how many were dropped. One linear scan (under 1 ms for a 200 KB page).
 */
export function capNesting(html: string, max: number): { html: string; dropped: number } {
  const parts: string[] = [];
  const pending = new Map<string, number>();
  let depth = 0;
  let dropped = 0;
  let last = 0;
  const drop = (from: number, to: number) => {
    parts.push(html.slice(last, from), '\n');
    last = to;
  };
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID_TAGS.has(name) || PEER_CLOSING_TAGS.has(name)) continue;
    if (m[1] === '') {
      if (RAW_TEXT_TAGS.has(name)) tag.lastIndex = endOfRawText(html, name, tag.lastIndex);
      else if (depth < max) depth++;
      else {
        drop(m.index, tag.lastIndex);
        dropped++;
        pending.set(name, (pending.get(name) ?? 0) + 1);
      }
    } else if ((pending.get(name) ?? 0) > 0) {
      pending.set(name, pending.get(name)! - 1);
      drop(m.index, tag.lastIndex);
    } else if (depth > 0) depth--;
  }
  if (dropped === 0) return { html, dropped };
  parts.push(html.slice(last));
  return { html: parts.join(''), dropped };
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

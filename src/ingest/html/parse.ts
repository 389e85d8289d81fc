/**
 * HTML → a domhandler tree, with htmlparser2. Measured on the 181 pages of the ingest benchmark
 * (README, "Libraries and why"): about 2 ms/page against 17 ms/page for cheerio's default parse5,
 * and the extractor does not need parse5's spec-exact tree repairs (it reads text, not layout).
 *
 * Trees deeper than MAX_DEPTH are flattened below that depth (the text is kept, the structure
 * is not), so nothing downstream, including libraries that recurse, can overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { isElement, isInline } from './dom.ts';

/** Real pages stay well under 100 levels; 50,000-deep pages exist (and crash recursive code). */
export const MAX_DEPTH = 400;

export function parseHtml(html: string): { document: Document; flattened: number } {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return { document, flattened: flattenDeepNesting(document, MAX_DEPTH) };
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

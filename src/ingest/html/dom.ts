/**
 * Small helpers over the htmlparser2/domhandler tree. Every walk is iterative (an explicit stack),
 * so a page nested 50,000 levels deep cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { INLINE_TAGS } from '../../lexicons/boilerplate.ts';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.name);
}

/** `class` and `id`, lower-cased, the string the class/id vocabularies are tested against. */
export function hintOf(el: Element): string {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/**
 * Pre-order walk of the elements under `root` (not `root` itself); `visit` returning false skips
 * the element's children. Children are read before the visit, so a visit may remove its element.
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}

/** Text content of a node, whitespace left as is. */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else if ('children' in n && n.type !== 'script' && n.type !== 'style') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('');
}

/** Text content on one line: whitespace runs as one space, trimmed. */
export function inlineTextOf(node: AnyNode): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}

/** Takes a node out of the tree (its siblings are relinked). */
export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const at = parent.children.indexOf(node as never);
  if (at >= 0) parent.children.splice(at, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
}

/** Whether `node` is `ancestor` or lies inside it. */
export function isWithin(node: AnyNode, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Number of non-space characters: the unit of every length in the extractor. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12 && c !== 160) n++;
  }
  return n;
}

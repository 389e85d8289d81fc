/**
 * Walks the article's elements and cuts them into blocks. Inline elements flow into the current
 * block; every other element is a block boundary, so words of adjacent blocks are never glued
 * ("<div>end.</div><div>Start</div>" gives two blocks, not "end.Start"). `<br>` is a line break
 * inside the block. A table row of plain cells is one line, its cells joined by " | ".
 * Recursion is safe: parse.ts caps the depth of the tree.
 */
import type { AnyNode, Element } from 'domhandler';
import { MEDIA_TAGS, NON_CONTENT_TAGS } from '../../lexicons/boilerplate.ts';
import type { DraftBlock } from '../draft.ts';
import type { BlockKind } from '../types.ts';
import { inlineTextOf, isElement, isInline } from './dom.ts';

const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
};

export const CELL_SEPARATOR = ' | ';

interface Walk {
  blocks: DraftBlock[];
  buffer: string;
  kind: BlockKind;
  level?: number;
}

export function walkBlocks(roots: readonly AnyNode[]): DraftBlock[] {
  const walk: Walk = { blocks: [], buffer: '', kind: 'paragraph' };
  for (const root of roots) walkNode(root, walk);
  flush(walk);
  return walk.blocks;
}

function walkChildren(node: AnyNode, walk: Walk): void {
  if ('children' in node) for (const child of node.children) walkNode(child, walk);
}

function walkNode(node: AnyNode, walk: Walk): void {
  if (node.type === 'text') walk.buffer += node.data.replace(/[ \t\n\r\f]+/g, ' ');
  if (node.type === 'root') walkChildren(node, walk);
  if (!isElement(node) || node.type !== 'tag') return; // comments, directives, script, style
  const tag = node.name;
  if (MEDIA_TAGS.has(tag) || NON_CONTENT_TAGS.has(tag)) return;
  if (tag === 'br') walk.buffer += '\n';
  else if (isInline(node)) walkChildren(node, walk);
  else if (tag === 'tr' && isPlainRow(node)) line(walk, rowText(node));
  else walkBlockElement(node, tag, walk);
}

/** A block element: close the text before it, walk it as its own kind, close it. */
function walkBlockElement(el: Element, tag: string, walk: Walk): void {
  flush(walk);
  const outer = { kind: walk.kind, level: walk.level };
  walk.kind = KIND_BY_TAG[tag] ?? walk.kind;
  if (/^h[1-6]$/.test(tag)) walk.level = Number(tag[1]);
  walkChildren(el, walk);
  flush(walk);
  walk.kind = outer.kind;
  walk.level = outer.level;
}

function line(walk: Walk, text: string): void {
  flush(walk);
  walk.buffer = text;
  flush(walk);
}

function flush(walk: Walk): void {
  if (walk.buffer.trim() !== '') {
    const block: DraftBlock = { kind: walk.kind, text: walk.buffer };
    if (walk.kind === 'heading' && walk.level) block.level = walk.level;
    walk.blocks.push(block);
  }
  walk.buffer = '';
}

/** A row whose cells hold only inline content (a data table, not a layout table). */
export function isPlainRow(tr: Element): boolean {
  return tr.children.every((cell) => !isElement(cell) || ((cell.name === 'td' || cell.name === 'th') && onlyInline(cell)));
}

function onlyInline(el: Element): boolean {
  return el.children.every((c) => !isElement(c) || c.name === 'br' || (isInline(c) && onlyInline(c)) || MEDIA_TAGS.has(c.name));
}

function rowText(tr: Element): string {
  return tr.children
    .filter(isElement)
    .map((cell) => inlineTextOf(cell))
    .filter((t) => t !== '')
    .join(CELL_SEPARATOR);
}

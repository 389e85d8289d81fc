/**
 * Walks the main container and cuts it into blocks. Inline elements flow into the current block;
 * every other element is a block boundary, so words of adjacent blocks are never glued
 * ("<td>Soyuz</td><td>MS-22</td>" gives two blocks, not "SoyuzMS-22").
 */
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from './types.ts';
import type { DraftBlock } from './draft.ts';

/** Elements that flow inside a line of text (everything else breaks the block). */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'nobr',
]);

/** Elements whose text is not article text (captions, media fallbacks). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'figcaption', 'img', 'picture', 'video', 'audio', 'source', 'track', 'map', 'area', 'math',
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'svg', 'iframe',
]);

const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
};

interface Walk {
  blocks: DraftBlock[];
  buffer: string;
  kind: BlockKind;
  level?: number;
}

export function walkBlocks(container: Cheerio<AnyNode>): DraftBlock[] {
  const walk: Walk = { blocks: [], buffer: '', kind: 'paragraph' };
  for (const node of container.toArray()) walkChildren(node, walk);
  flush(walk);
  return walk.blocks;
}

function walkChildren(node: AnyNode, walk: Walk): void {
  if ('children' in node) for (const child of node.children) walkNode(child, walk);
}

function walkNode(node: AnyNode, walk: Walk): void {
  if (node.type === 'text') walk.buffer += node.data.replace(/[ \t\n\r\f]+/g, ' ');
  if (node.type !== 'tag') return; // comments, directives; script/style are their own types
  const tag = node.tagName.toLowerCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'br') walk.buffer += '\n';
  else if (INLINE_TAGS.has(tag)) walkChildren(node, walk);
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

function flush(walk: Walk): void {
  if (walk.buffer.trim() !== '') {
    const block: DraftBlock = { kind: walk.kind, text: walk.buffer };
    if (walk.kind === 'heading' && walk.level) block.level = walk.level;
    walk.blocks.push(block);
  }
  walk.buffer = '';
}

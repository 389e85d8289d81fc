/**
 * HTML pages: metadata first (from the untouched page), then clutter removal, the main
 * container, and its blocks. A simple first version, not a benchmark-grade extractor.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { Draft, DraftBlock } from './draft.ts';
import { walkBlocks } from './html-blocks.ts';
import { removeClutter } from './html-clean.ts';
import { chooseMainContainer } from './html-main.ts';
import { readHtmlMetadata } from './metadata.ts';

export function readHtml(html: string): Draft {
  const $ = load(html);
  const { claims, diagnostics } = readHtmlMetadata($);
  removeClutter($);
  const container = chooseMainContainer($);
  const blocks = markHeadline(walkBlocks(container), headlineOutside($, container));
  return { blocks, claims, diagnostics };
}

/**
 * The article's <h1>, when it comes before any paragraph, is the `title` block. When the container
 * has none (articleBody often leaves the headline out), the page's single <h1> is put first.
 */
export function markHeadline(blocks: DraftBlock[], outsideH1: string | null): DraftBlock[] {
  const firstText = blocks.findIndex((b) => b.kind !== 'heading');
  const h1 = blocks.findIndex((b) => b.level === 1);
  if (h1 >= 0 && (firstText < 0 || h1 < firstText)) return blocks.map((b, i) => (i === h1 ? { kind: 'title', text: b.text } : b));
  if (h1 < 0 && outsideH1) return [{ kind: 'title', text: outsideH1 }, ...blocks];
  return blocks;
}

/** Text of the page's only <h1> when it lies outside the container, else null. */
function headlineOutside($: CheerioAPI, container: Cheerio<AnyNode>): string | null {
  const h1s = $('h1');
  if (h1s.length !== 1 || container.find('h1').length > 0) return null;
  const text = h1s.first().text().replace(/\s+/g, ' ').trim();
  return text || null;
}

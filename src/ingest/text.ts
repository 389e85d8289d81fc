/**
 * Plain-text articles: blank lines separate blocks; the first line may be the headline; short
 * lines without final punctuation are section headings; runs of bullet lines are list items.
 */
import type { Diagnostic } from '../schema/index.ts';
import { parseByline } from './byline.ts';
import { info, type Draft, type DraftBlock, type MetaClaim } from './draft.ts';
import { isBulletLine, looksLikeHeading, looksLikeHeadline, sameTitle, stripBullet } from './headline.ts';
import { normalizeText } from './normalize.ts';

/** `titleHint`: the title known from elsewhere (sidecar, JSON field), which decides the first line. */
export function readPlainText(text: string, titleHint: string | null): Draft {
  const blocks = splitTextBlocks(normalizeText(text));
  return takeFirstLineTitle(blocks, titleHint);
}

export function splitTextBlocks(text: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    blocks.push(...classifyLines(lines));
  }
  return blocks;
}

/** One blank-line-separated chunk → list items, a heading, or a paragraph (lines kept). */
export function classifyLines(lines: string[]): DraftBlock[] {
  if (lines.length === 0) return [];
  if (lines.length > 1 && lines.every(isBulletLine)) return lines.map((l) => ({ kind: 'list-item', text: stripBullet(l) }));
  if (lines.length === 1 && looksLikeHeading(lines[0])) return [{ kind: 'heading', text: lines[0] }];
  return [{ kind: 'paragraph', text: lines.join('\n') }];
}

/** Turns the first line into a `title` block when it is the headline (see isFirstLineTitle). */
export function takeFirstLineTitle(blocks: DraftBlock[], titleHint: string | null): Draft {
  const first = blocks[0];
  const [line, ...rest] = first ? first.text.split('\n') : [];
  if (!first || !isFirstLineTitle(line, rest, blocks.length, titleHint)) return { blocks, claims: [], diagnostics: [] };
  const claims: MetaClaim[] = [{ field: 'title', value: line, origin: 'text:first-line' }];
  const why = titleHint ? 'it matches the given title' : 'it looks like a headline';
  const diagnostics: Diagnostic[] = [info('title-from-first-line', `first line taken as the headline: ${why}`)];
  return { blocks: [{ kind: 'title', text: line }, ...classifyLines(rest), ...blocks.slice(1)], claims, diagnostics };
}

/**
 * With a known title, the first line is the headline only when it is that title (the seed
 * article starts directly with body text). Without one: a short line, no final period, followed
 * by a blank line or a byline, and not the whole article.
 */
export function isFirstLineTitle(line: string, rest: string[], blockCount: number, titleHint: string | null): boolean {
  if (titleHint) return sameTitle(line, titleHint);
  if (!looksLikeHeadline(line) || parseByline(line)) return false;
  if (rest.length === 0) return blockCount > 1;
  return parseByline(rest[0]) !== null;
}

/**
 * Size limits, so that one huge file neither stalls a batch nor fills memory. The benchmark's
 * longest article body is about 53,000 characters; a file far beyond that is not one article.
 */
import type { Diagnostic } from '../schema/index.ts';
import { warning, type DraftBlock } from './draft.ts';

/** Files above this size are read, with a warning. */
export const LARGE_FILE_BYTES = 5 * 1024 * 1024;
/** The cleaned text is cut after the block that crosses this length (extraction time grows with it). */
export const MAX_TEXT_CHARS = 200_000;

export function largeFileWarning(size: number): Diagnostic | null {
  if (size <= LARGE_FILE_BYTES) return null;
  return warning('large-file', `${(size / 1024 / 1024).toFixed(1)} MB: larger than any single article; check that it is one`);
}

/** The blocks up to MAX_TEXT_CHARS, and a warning when some were cut. */
export function capText(blocks: readonly DraftBlock[], max = MAX_TEXT_CHARS): { blocks: DraftBlock[]; diagnostics: Diagnostic[] } {
  let length = 0;
  const kept: DraftBlock[] = [];
  for (const block of blocks) {
    if (length >= max) {
      const message = `text cut after ${kept.length} of ${blocks.length} blocks (${length} characters): longer than any article`;
      return { blocks: kept, diagnostics: [warning('text-truncated', message)] };
    }
    kept.push(block);
    length += block.text.length;
  }
  return { blocks: kept, diagnostics: [] };
}

/**
 * The cleanup every format goes through, in this order:
 * 1. tidy: typography, trimmed lines, "\n\n" inside a block splits it (<br><br> is a paragraph break);
 * 2. boilerplate lines out (before bylines, so "Advertisement" above a byline does not hide it);
 * 3. bylines under the headline out, their author/date kept as claims;
 * 4. date-only paragraphs marked as datelines.
 */
import type { Diagnostic } from '../schema/index.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { markDatelines, stripLeadingBylines } from './byline.ts';
import type { DraftBlock, MetaClaim } from './draft.ts';
import { normalizeText } from './normalize.ts';

export function cleanBlocks(blocks: readonly DraftBlock[]): { blocks: DraftBlock[]; claims: MetaClaim[]; diagnostics: Diagnostic[] } {
  const boilerplate = removeBoilerplate(tidyBlocks(blocks));
  const bylines = stripLeadingBylines(boilerplate.blocks);
  return {
    blocks: markDatelines(bylines.blocks),
    claims: bylines.claims,
    diagnostics: [...boilerplate.diagnostics, ...bylines.diagnostics],
  };
}

/** Normalised blocks with trimmed, non-empty lines; titles and headings on one line. */
export function tidyBlocks(blocks: readonly DraftBlock[]): DraftBlock[] {
  const out: DraftBlock[] = [];
  for (const block of blocks) {
    for (const part of normalizeText(block.text).split(/\n\s*\n/)) {
      const lines = part.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const oneLine = block.kind === 'title' || block.kind === 'heading';
      if (lines.length > 0) out.push({ ...block, text: lines.join(oneLine ? ' ' : '\n') });
    }
  }
  return out;
}

/** Checks on the finished article that warn without failing (a 404 page still ingests). */
import type { Diagnostic } from '../schema/index.ts';
import type { Block } from './types.ts';
import { warning } from './draft.ts';

/** Fewer body words than this means a 404, an index page or a paywall stub, not an article. */
export const MIN_ARTICLE_WORDS = 40;

const BODY_KINDS = new Set(['paragraph', 'list-item']);

export function qualityDiagnostics(text: string, blocks: readonly Block[]): Diagnostic[] {
  const words = blocks
    .filter((b) => BODY_KINDS.has(b.kind))
    .reduce((sum, b) => sum + countWords(text.slice(b.start, b.end)), 0);
  if (words >= MIN_ARTICLE_WORDS) return [];
  return [warning('no-article-text', `only ${words} words of body text (under ${MIN_ARTICLE_WORDS}): a 404, index or paywalled page?`)];
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

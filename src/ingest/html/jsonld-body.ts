/**
 * The structured-data stage: a JSON-LD `articleBody`, when plausible, is the yardstick of what the
 * article holds. Measured on the benchmark's 18 pages that carry one: bodies cut at ~500 characters
 * and ending in "…" (4), bodies with leftover markup or extra text (6), never fuller than the page
 * itself. So it is not taken blindly: the text found in the page stands when it covers at least
 * half of the JSON-LD body's words; otherwise the page's markup lacks the article (rendered by
 * script, or hidden behind a paywall) and the JSON-LD body is the article.
 */
import type { DraftBlock } from '../draft.ts';
import { walkBlocks } from './blocks.ts';
import { parseHtml } from './parse.ts';

/** Shorter bodies are teasers or descriptions. */
export const MIN_LD_BODY_CHARS = 400;
/** Share of the JSON-LD body's words the page's text must hold to stand. */
export const MIN_COVERAGE = 0.5;
/** A body cut short by the CMS ends with an ellipsis. */
const CUT_SHORT = /(?:…|\.\.\.|&hellip;|\[(?:…|\.\.\.)\])\s*$/;

/** The JSON-LD body as blocks (markup parsed, entities decoded, one block per line), or null when implausible. */
export function jsonLdBodyBlocks(body: string | undefined): DraftBlock[] | null {
  if (!body || body.trim().length < MIN_LD_BODY_CHARS || CUT_SHORT.test(body)) return null;
  const lines = /<[a-z][^>]*>/i.test(body) ? [body] : body.split(/\n+/);
  const blocks = lines.flatMap((line) => walkBlocks([parseHtml(line).document]));
  return blocks.length > 0 ? blocks : null;
}

/** Share of the reference's words (as a multiset) that the candidate also holds. */
export function wordCoverage(reference: string, candidate: string): number {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words(candidate)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ref = words(reference);
  let found = 0;
  for (const w of ref) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      found++;
      counts.set(w, n - 1);
    }
  }
  return ref.length > 0 ? found / ref.length : 1;
}

/** Whether the page's blocks fall short of the JSON-LD body (which then replaces them). */
export function pageLacksBody(pageBlocks: readonly DraftBlock[], ldBlocks: readonly DraftBlock[]): boolean {
  const text = (blocks: readonly DraftBlock[]) => blocks.map((b) => b.text).join('\n');
  return wordCoverage(text(ldBlocks), text(pageBlocks)) < MIN_COVERAGE;
}

/**
 * The article body as plain text: every block but the headline and date-only lines, one block
 * per paragraph. This is what the ingest benchmark scores (its truth holds no headline or date).
 */
import type { IngestedArticle } from './types.ts';

const NOT_BODY = new Set(['title', 'dateline']);

export function bodyText(article: Pick<IngestedArticle, 'text' | 'blocks'>): string {
  return article.blocks
    .filter((b) => !NOT_BODY.has(b.kind))
    .map((b) => article.text.slice(b.start, b.end))
    .join('\n');
}

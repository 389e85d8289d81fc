/**
 * The baseline the issue asks for: articles whose main incidents have the same type and the same
 * month are one incident. The month is the main incident's earliest occurrence month, else the
 * publication month, else "undated" (so undated articles of one type all fall together).
 */
import type { ArticleRecord } from '../../src/schema/index.ts';
import { baseType } from '../../src/reconcile/types.ts';

export function typeMonthKey(r: ArticleRecord): string | null {
  const main = r.incidents.find((i) => i.mention === 'main');
  if (!main) return null;
  const months = main.dates.filter((d) => d.role === 'occurred' && /^\d{4}-\d{2}/.test(d.value)).map((d) => d.value.slice(0, 7)).sort();
  const month = months[0] ?? r.article.published?.slice(0, 7) ?? 'undated';
  return `${baseType(main.type)}|${month}`;
}

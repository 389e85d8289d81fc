/** JSON-LD (`<script type="application/ld+json">`): the Article-like items of a page. */
import type { CheerioAPI } from 'cheerio';
import type { Diagnostic } from '../schema/index.ts';
import { warning } from './draft.ts';

/** schema.org types whose datePublished is the article's own date (not a WebPage's or an Organization's). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting',
  'TechArticle', 'Report', 'SatiricalArticle', 'ScholarlyArticle', 'SocialMediaPosting',
]);

export type LdItem = Record<string, unknown>;

export function readJsonLdArticles($: CheerioAPI): { articles: LdItem[]; diagnostics: Diagnostic[] } {
  const articles: LdItem[] = [];
  const diagnostics: Diagnostic[] = [];
  $('script[type="application/ld+json"]').each((i, el) => {
    const parsed = parseLenient($(el).text());
    if (parsed === undefined) diagnostics.push(warning('bad-json-ld', `JSON-LD block ${i + 1} is not valid JSON; ignored`));
    else articles.push(...flattenJsonLd(parsed).filter(isArticleItem));
  });
  return { articles, diagnostics };
}

/** JSON.parse, retried with raw control characters (a common CMS bug) turned into spaces. */
function parseLenient(text: string): unknown {
  for (const candidate of [text, text.replace(/[\u0000-\u001F]+/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Items of a JSON-LD value: top-level arrays and `@graph` lists are opened. */
export function flattenJsonLd(value: unknown): LdItem[] {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return graph === undefined ? [value] : [value, ...flattenJsonLd(graph)];
}

export function isArticleItem(item: LdItem): boolean {
  const types = item['@type'];
  const list = Array.isArray(types) ? types : [types];
  return list.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')));
}

/** "Jane Doe", { name: "Jane Doe" } or a list of either → "Jane Doe, John Roe". */
export function personNames(value: unknown): string | undefined {
  const names = (Array.isArray(value) ? value : [value]).map(nameOf).filter((n): n is string => !!n);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}

/** A string value, or the `@id` / `url` of an object value (for `mainEntityOfPage`). */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return stringOf(value['@id']) ?? stringOf(value.url);
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

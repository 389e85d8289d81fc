/**
 * Metadata of an HTML page as claims in priority order, one table row per source. Read before
 * any cleaning (JSON-LD lives in <script>, the date often in the <header>).
 * Trap: dateModified / article:modified_time / "Updated" times are never read, so a modified
 * date can never stand in for the publication date.
 */
import type { CheerioAPI } from 'cheerio';
import type { Document, Element } from 'domhandler';
import { readBylineElements, type BylineMeta } from './html/byline-meta.ts';
import type { Diagnostic } from '../schema/index.ts';
import type { MetaClaim, MetaField } from './draft.ts';
import { personNames, readJsonLdArticles, stringOf, type LdItem } from './jsonld.ts';
import { stripSiteSuffix } from './title.ts';

interface Page {
  $: CheerioAPI;
  /** Author and date read from the page's byline elements. */
  byline: BylineMeta;
  /** The first Article-like JSON-LD item, if any. */
  ld: LdItem | undefined;
  siteName: string | undefined;
}

type Reader = (page: Page) => string | undefined;

/** Meta names that hold the publication date on various CMSes (never a modification date). */
export const PUBLISHED_META_NAMES = [
  'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'og:published_time',
];

/** Sources per field, best first. The origin string is what `meta.origin` records. */
export const META_SOURCES: ReadonlyArray<{ field: MetaField; origin: string; read: Reader }> = [
  { field: 'title', origin: 'html:og:title', read: (p) => suffixless(metaContent(p.$, 'og:title'), p.siteName, true) },
  { field: 'title', origin: 'html:json-ld:headline', read: (p) => stringOf(p.ld?.headline) },
  { field: 'title', origin: 'html:twitter:title', read: (p) => suffixless(metaContent(p.$, 'twitter:title'), p.siteName, true) },
  { field: 'title', origin: 'html:title', read: (p) => suffixless(p.$('title').first().text(), p.siteName, false) },
  { field: 'title', origin: 'html:h1', read: (p) => nonEmpty(p.$('article h1').first().text()) ?? nonEmpty(p.$('h1').first().text()) },
  { field: 'source', origin: 'html:og:site_name', read: (p) => p.siteName },
  { field: 'source', origin: 'html:json-ld:publisher', read: (p) => personNames(p.ld?.publisher) },
  { field: 'source', origin: 'html:title-suffix', read: (p) => stripSiteSuffix(p.$('title').first().text(), undefined).site },
  { field: 'url', origin: 'html:link:canonical', read: (p) => nonEmpty(p.$('link[rel~="canonical"]').first().attr('href')) },
  { field: 'url', origin: 'html:og:url', read: (p) => metaContent(p.$, 'og:url') },
  { field: 'url', origin: 'html:json-ld:url', read: (p) => stringOf(p.ld?.url) ?? stringOf(p.ld?.mainEntityOfPage) },
  { field: 'published', origin: 'html:json-ld:datePublished', read: (p) => stringOf(p.ld?.datePublished) },
  { field: 'published', origin: 'html:article:published_time', read: (p) => metaContent(p.$, 'article:published_time') },
  { field: 'published', origin: 'html:meta:date', read: (p) => publishedMeta(p.$) },
  { field: 'published', origin: 'html:time', read: (p) => publishedTime(p.$) },
  { field: 'published', origin: 'html:byline', read: (p) => p.byline.published },
  { field: 'author', origin: 'html:json-ld:author', read: (p) => personNames(p.ld?.author) },
  { field: 'author', origin: 'html:meta:author', read: (p) => metaContent(p.$, 'author') },
  { field: 'author', origin: 'html:rel-author', read: (p) => nonEmpty(p.$('a[rel~="author"]').first().text()) },
  { field: 'author', origin: 'html:byline', read: (p) => p.byline.author },
  { field: 'language', origin: 'html:lang', read: (p) => nonEmpty(p.$('html').attr('lang')) },
  { field: 'language', origin: 'html:json-ld:inLanguage', read: (p) => stringOf(p.ld?.inLanguage) },
  { field: 'language', origin: 'html:meta:content-language', read: (p) => httpEquiv(p.$, 'content-language') ?? metaContent(p.$, 'language') },
  { field: 'language', origin: 'html:og:locale', read: (p) => metaContent(p.$, 'og:locale') },
];

/** Metadata claims, and the JSON-LD `articleBody` when the page has one (read by the extractor). */
export function readHtmlMetadata($: CheerioAPI): { claims: MetaClaim[]; diagnostics: Diagnostic[]; articleBody?: string } {
  const { articles, diagnostics } = readJsonLdArticles($);
  const page: Page = { $, byline: readBylineElements($.root()[0] as Document), ld: articles[0], siteName: metaContent($, 'og:site_name') };
  const claims: MetaClaim[] = [];
  for (const { field, origin, read } of META_SOURCES) {
    const value = read(page);
    if (value) claims.push({ field, value, origin });
  }
  const articleBody = articles.map((a) => a.articleBody).find((b): b is string => typeof b === 'string');
  return articleBody ? { claims, diagnostics, articleBody } : { claims, diagnostics };
}

/** `content` of `<meta property=key>` or `<meta name=key>` (sites use either for OpenGraph). */
export function metaContent($: CheerioAPI, key: string): string | undefined {
  const el = $('meta').filter((_, m) => [$(m).attr('property'), $(m).attr('name')].some((k) => k?.toLowerCase() === key));
  return nonEmpty(el.first().attr('content'));
}

/** `content` of `<meta http-equiv=key>`. */
function httpEquiv($: CheerioAPI, key: string): string | undefined {
  const el = $('meta[http-equiv]').filter((_, m) => $(m).attr('http-equiv')?.toLowerCase() === key);
  return nonEmpty(el.first().attr('content'));
}

function publishedMeta($: CheerioAPI): string | undefined {
  for (const name of PUBLISHED_META_NAMES) {
    const value = metaContent($, name);
    if (value) return value;
  }
  const itemprop = $('[itemprop="datePublished"]').first();
  return nonEmpty(itemprop.attr('content')) ?? nonEmpty(itemprop.attr('datetime'));
}

/** A <time> marked as the publication time, else the first <time> of the article that is not an update. */
function publishedTime($: CheerioAPI): string | undefined {
  const marked = $('time[pubdate], time[itemprop="datePublished"]').first();
  if (marked.length) return nonEmpty(marked.attr('datetime')) ?? nonEmpty(marked.text());
  const times = $('article time').filter((_, t) => !isUpdateTime(`${$(t).attr('class') ?? ''} ${$(t).attr('itemprop') ?? ''} ${textBefore(t)}`));
  const first = times.first();
  return first.length ? (nonEmpty(first.attr('datetime')) ?? nonEmpty(first.text())) : undefined;
}

/** "Updated <time>", <time class="modified">, itemprop=dateModified. */
function isUpdateTime(context: string): boolean {
  return /modif|updat|edited|revised/i.test(context);
}

/** Up to 30 characters of text right before an element ("Updated: " before a <time>). */
function textBefore(el: Element): string {
  const prev = el.prev;
  return prev && 'data' in prev ? String(prev.data).slice(-30) : '';
}

function suffixless(title: string | undefined, siteName: string | undefined, strict: boolean): string | undefined {
  return title ? nonEmpty(stripSiteSuffix(title, siteName, strict).title) : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

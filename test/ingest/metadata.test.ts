import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from '../../src/ingest/metadata.ts';
import { flattenJsonLd, isArticleItem, personNames } from '../../src/ingest/jsonld.ts';
import { resolveMeta } from '../../src/ingest/meta.ts';

/** Metadata of a page as resolveMeta would pick it: { field: [value, origin] }. */
function metaOf(head: string, body = '') {
  const { claims, diagnostics } = readHtmlMetadata(load(`<html><head>${head}</head><body>${body}</body></html>`));
  const { meta } = resolveMeta('x', claims);
  const picked: Record<string, [unknown, string | undefined]> = {};
  for (const field of ['title', 'source', 'url', 'published', 'author', 'language'] as const) {
    if (meta[field] != null) picked[field] = [meta[field], meta.origin?.[field]];
  }
  return { picked, diagnostics };
}

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('readHtmlMetadata', () => {
  it('JSON-LD datePublished wins over dateModified and article:modified_time', () => {
    const { picked } = metaOf(
      `<meta property="article:modified_time" content="2022-12-20T10:00:00Z">` +
        ld({ '@type': 'NewsArticle', dateModified: '2022-12-20', datePublished: '2022-12-15T23:30:00-05:00', headline: 'Soyuz leaks' }),
    );
    expect(picked.published).toEqual(['2022-12-15', 'html:json-ld:datePublished']);
  });

  it('a modified date alone never becomes the published date', () => {
    const { picked } = metaOf(
      `<meta property="article:modified_time" content="2022-12-20T10:00:00Z">` + ld({ '@type': 'NewsArticle', dateModified: '2022-12-20' }),
      '<article><p>Updated <time datetime="2022-12-21">Dec. 21</time></p><time class="updated" datetime="2022-12-22"></time></article>',
    );
    expect(picked.published).toBeUndefined();
  });

  it('OpenGraph only', () => {
    const { picked } = metaOf(
      '<meta property="og:title" content="Soyuz capsule leaks coolant"><meta property="og:site_name" content="Space Daily">' +
        '<meta property="og:url" content="https://spacedaily.example/soyuz"><meta property="article:published_time" content="2022-12-15T08:00:00+03:00">',
    );
    expect(picked).toEqual({
      title: ['Soyuz capsule leaks coolant', 'html:og:title'],
      source: ['Space Daily', 'html:og:site_name'],
      url: ['https://spacedaily.example/soyuz', 'html:og:url'],
      published: ['2022-12-15', 'html:article:published_time'],
    });
  });

  it('JSON-LD in @graph and arrays: Article-like items only', () => {
    const { picked } = metaOf(
      ld([{ '@type': 'Organization', name: 'Org' }, { '@graph': [{ '@type': 'WebPage', datePublished: '2001-01-01' }, { '@type': ['BlogPosting'], datePublished: '2021-03-04', author: { '@type': 'Person', name: 'Jane Doe' }, publisher: { name: 'Blog Co' } }] }]),
    );
    expect(picked.published).toEqual(['2021-03-04', 'html:json-ld:datePublished']);
    expect(picked.author).toEqual(['Jane Doe', 'html:json-ld:author']);
    expect(picked.source).toEqual(['Blog Co', 'html:json-ld:publisher']);
  });

  it('<title> minus the site suffix; the suffix is a last-resort source', () => {
    const { picked } = metaOf('<title>Soyuz capsule leaks coolant | Space Daily</title>');
    expect(picked.title).toEqual(['Soyuz capsule leaks coolant', 'html:title']);
    expect(picked.source).toEqual(['Space Daily', 'html:title-suffix']);
  });

  it('h1 when nothing else names the title', () => {
    expect(metaOf('', '<article><h1> Soyuz\n leaks </h1></article>').picked.title).toEqual(['Soyuz leaks', 'html:h1']);
  });

  it('canonical link beats og:url; a URL date is the last resort for published', () => {
    const { picked } = metaOf('<link rel="canonical" href="https://x.example/2021/03/04/soyuz/"><meta property="og:url" content="https://x.example/other">');
    expect(picked.url).toEqual(['https://x.example/2021/03/04/soyuz/', 'html:link:canonical']);
    expect(picked.published).toEqual(['2021-03-04', 'html:link:canonical:url-path']);
  });

  it('<time datetime> inside the article, meta author, html lang', () => {
    const { picked } = metaOf('<meta name="author" content="Jane Doe">', '<article><time datetime="2021-03-04T09:00">March 4</time></article>');
    expect(picked.published).toEqual(['2021-03-04', 'html:time']);
    expect(picked.author).toEqual(['Jane Doe', 'html:meta:author']);
  });

  it('an unreadable date falls through to the next source, with a note', () => {
    const { claims } = readHtmlMetadata(load(ld({ '@type': 'Article', datePublished: 'last week' }) + '<meta name="pubdate" content="2021-03-04">'));
    const { meta, diagnostics } = resolveMeta('x', claims);
    expect(meta.published).toBe('2021-03-04');
    expect(diagnostics.map((d) => d.code)).toEqual(['unparsed-date']);
  });

  it('broken JSON-LD is a warning; raw newlines inside strings are tolerated', () => {
    const { picked, diagnostics } = metaOf(
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Line\none", "datePublished": "2021-03-04"}</script>' +
        '<script type="application/ld+json">{ not json</script>',
    );
    expect(picked.published).toEqual(['2021-03-04', 'html:json-ld:datePublished']);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'bad-json-ld']]);
  });
});

describe('JSON-LD helpers', () => {
  it.each([
    ['Jane Doe', 'Jane Doe'],
    [{ name: 'Jane Doe' }, 'Jane Doe'],
    [[{ name: 'A' }, 'B', { name: 'A' }], 'A, B'],
    [[], undefined],
    [{ '@id': 'x' }, undefined],
    [42, undefined],
  ])('personNames(%j) → %j', (value, expected) => {
    expect(personNames(value)).toBe(expected);
  });

  it.each([
    [{ '@type': 'NewsArticle' }, true],
    [{ '@type': ['Thing', 'Article'] }, true],
    [{ '@type': 'https://schema.org/BlogPosting' }, true],
    [{ '@type': 'WebPage' }, false],
    [{ '@type': 'Organization' }, false],
    [{}, false],
  ])('isArticleItem(%j) → %s', (item, expected) => {
    expect(isArticleItem(item)).toBe(expected);
  });

  it('flattenJsonLd opens arrays and @graph', () => {
    expect(flattenJsonLd([{ a: 1 }, { '@graph': [{ b: 2 }] }, 3]).length).toBe(3);
  });
});

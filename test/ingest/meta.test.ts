import { describe, expect, it } from 'vitest';
import type { MetaClaim } from '../../src/ingest/draft.ts';
import { resolveMeta } from '../../src/ingest/meta.ts';
import { ArticleMeta } from '../../src/schema/index.ts';

const claim = (field: MetaClaim['field'], value: string, origin: string): MetaClaim => ({ field, value, origin });

describe('resolveMeta', () => {
  it('first usable claim of each field wins and records its origin', () => {
    const { meta } = resolveMeta('a/b', [
      claim('title', 'Sidecar title', 'sidecar'),
      claim('title', 'Page title', 'html:og:title'),
      claim('source', '  ', 'sidecar'),
      claim('source', 'Space Daily', 'html:og:site_name'),
      claim('published', '2023-02-13T23:00:00-05:00', 'html:json-ld:datePublished'),
    ]);
    expect(meta).toEqual({
      id: 'a/b',
      title: 'Sidecar title',
      source: 'Space Daily',
      url: null,
      published: '2023-02-13',
      author: null,
      language: null,
      origin: { title: 'sidecar', source: 'html:og:site_name', published: 'html:json-ld:datePublished' },
    });
    expect(ArticleMeta.safeParse(meta).success).toBe(true);
  });

  it('values are normalised to one line with straight quotes', () => {
    const { meta } = resolveMeta('x', [claim('title', '  “Leak”\n  at\u00A0ISS ', 'html:title')]);
    expect(meta.title).toBe('"Leak" at ISS');
  });

  it('the URL date fills published only when nothing else does', () => {
    const url = claim('url', 'https://x.example/2021/03/04/a', 'sidecar');
    expect(resolveMeta('x', [url]).meta).toMatchObject({ published: '2021-03-04', origin: { published: 'sidecar:url-path' } });
    expect(resolveMeta('x', [url, claim('published', '2021-03-05', 'json')]).meta.published).toBe('2021-03-05');
  });

  it('no claims → all null, empty origin', () => {
    const { meta, diagnostics } = resolveMeta('x', []);
    expect(meta).toMatchObject({ title: null, source: null, url: null, published: null, author: null, origin: {} });
    expect(diagnostics).toEqual([]);
  });
});

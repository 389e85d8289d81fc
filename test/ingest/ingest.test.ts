/** End to end: bytes in, article or failure out. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { ArticleMeta, Diagnostic } from '../../src/schema/index.ts';
import { blockTexts, bytes, codes, ingestError, ingestOk, input, seedBytes, sentenceTexts } from './helpers.ts';

const SEED_SIDECAR = {
  source: 'Science Times',
  published: '2023-02-13',
  url: 'https://www.sciencetimes.com/articles/42363/20230213/uncrewed-russian-supply-spacecraft-docked-international-space-station-leaks-coolant.htm',
};

describe('the seed article (plain text + sidecar)', () => {
  const article = ingestOk(input('iss-coolant-leak.txt', seedBytes(), SEED_SIDECAR));
  const sentences = sentenceTexts(article);

  it('takes its metadata from the sidecar', () => {
    expect(article.format).toBe('text');
    expect(article.meta).toMatchObject({ id: 'iss-coolant-leak', source: 'Science Times', published: '2023-02-13', title: null });
    expect(article.meta.origin).toEqual({ source: 'sidecar', published: 'sidecar', url: 'sidecar' });
    expect(ArticleMeta.safeParse(article.meta).success).toBe(true);
    for (const d of article.diagnostics) expect(Diagnostic.safeParse(d).success).toBe(true);
  });

  it('drops the promos and reports each', () => {
    for (const promo of ['ALSO READ', 'RELATED ARTICLE', 'Check out more news', 'Hawaii Green Laser', 'Turtle City']) expect(article.text).not.toContain(promo);
    expect(article.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message.split(':')[0])).toEqual([
      'also-read',
      'related-article',
      'check-out-more',
    ]);
  });

  it('starts with body text: no title block', () => {
    expect(article.blocks[0].kind).toBe('paragraph');
    expect(article.text.startsWith('A Russian spacecraft docking at International Space Station had leaked coolant')).toBe(true);
    expect(article.blocks.some((b) => b.kind === 'title')).toBe(false);
  });

  it('section headings are heading blocks and sentences of their own', () => {
    const headings = blockTexts(article).filter(([kind]) => kind === 'heading').map(([, text]) => text);
    expect(headings).toEqual(['Russia Releases A Statement About The Coolant Leakage', 'Coolant Leakage in International Space Station']);
    expect(sentences).toContain('Russia Releases A Statement About The Coolant Leakage');
    expect(sentences.filter((s) => s.includes('Coolant Leakage') && s !== 'Russia Releases A Statement About The Coolant Leakage' && s !== 'Coolant Leakage in International Space Station')).toEqual([]);
  });

  it('abbreviations and times stay inside their sentences', () => {
    expect(sentences).toContain('The leak reportedly began around 7:45 PM EST on Dec. 14.');
    expect(sentences).toContain('Due to the issue, the planned spacewalk aboard the ISS on Dec. 14 evening involving Sergey Prokopyev and Dmitri Petelin was canceled.');
    expect(sentences.find((s) => s.includes('Sept. 21'))).toMatch(/^The spacewalk had been canceled, .* which launched on Sept\. 21 from the Baikonur Cosmodrome in Kazakhstan carrying Prokopyev, Petelin, and NASA astronaut Frank Rubio\.$/);
    expect(sentences.find((s) => s.includes('U.S. agency'))).toMatch(/^The U\.S\. agency announced/);
    expect(sentences.find((s) => s.includes('9 p.m.'))).toBe('The NASA TV coverage began around 9 p.m. when Prokoopyev and Petellin were suited up inside their Orlan spacesuits.');
    expect(sentences.find((s) => s.includes('9: 45'))).toMatch(/at around 9: 45 PM EST\.$/);
  });

  it('typography is normalised but words are not changed', () => {
    expect(article.text).toContain("Roscosmos' crewed programs");
    expect(article.text).not.toMatch(/ {2}|[“”‘’]/);
    expect(article.text).toContain('Phys.org reported.');
  });

  it('has enough text and no warnings', () => {
    expect(article.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('a sidecar title equal to the first line makes it the title block', () => {
    const text = 'Soyuz leaks coolant\nA Russian spacecraft leaked coolant.';
    const a = ingestOk(input('t.txt', text, { title: 'SOYUZ LEAKS COOLANT' }));
    expect(blockTexts(a)[0]).toEqual(['title', 'Soyuz leaks coolant']);
    expect(a.meta.origin?.title).toBe('sidecar');
  });
});

describe('plain text with headline and byline', () => {
  const article = ingestOk(
    input('t.txt', 'Soyuz capsule leaks coolant\r\nBy Jane Doe, Reuters\r\n\r\nA Soyuz capsule sprayed coolant on Dec. 14. NASA called off a spacewalk.\r\n'),
  );

  it('title block, byline out of the body, author into meta', () => {
    expect(blockTexts(article)).toEqual([
      ['title', 'Soyuz capsule leaks coolant'],
      ['paragraph', 'A Soyuz capsule sprayed coolant on Dec. 14. NASA called off a spacewalk.'],
    ]);
    expect(article.meta).toMatchObject({ title: 'Soyuz capsule leaks coolant', author: 'Jane Doe', origin: { title: 'text:first-line', author: 'text:byline' } });
    expect(codes(article)).toEqual(['title-from-first-line', 'byline-removed', 'no-article-text']);
  });
});

describe('HTML pages', () => {
  const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const BODY = '<article><h1>Soyuz capsule leaks coolant</h1><p>A Soyuz capsule docked to the International Space Station sprayed coolant into space on Dec. 14, forcing NASA to call off a spacewalk by two Russian cosmonauts.</p><p>Roscosmos said the crew was safe and that engineers would study the radiator. The leak was later blamed on a tiny meteoroid.</p></article>';

  it('JSON-LD datePublished + dateModified: published wins', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Soyuz capsule leaks coolant', dateModified: '2022-12-20T09:00:00Z', datePublished: '2022-12-15T22:10:00-05:00', author: { '@type': 'Person', name: 'Jane Doe' } };
    const a = ingestOk(input('p.html', page(`<meta property="article:modified_time" content="2022-12-20T09:00:00Z"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, BODY)));
    expect(a.meta).toMatchObject({ published: '2022-12-15', author: 'Jane Doe', origin: { published: 'html:json-ld:datePublished' } });
    expect(a.format).toBe('html');
  });

  it('OpenGraph-only page', () => {
    const head = '<meta property="og:title" content="Soyuz capsule leaks coolant"><meta property="og:site_name" content="Space Daily"><meta property="og:url" content="https://spacedaily.example/soyuz">';
    const a = ingestOk(input('p.html', page(head, BODY)));
    expect(a.meta).toMatchObject({ title: 'Soyuz capsule leaks coolant', source: 'Space Daily', url: 'https://spacedaily.example/soyuz', published: null, language: 'en' });
    expect(blockTexts(a)[0]).toEqual(['title', 'Soyuz capsule leaks coolant']);
  });

  it('only a URL date', () => {
    const a = ingestOk(input('p.html', page('<link rel="canonical" href="https://example.com/2021/03/04/soyuz-leak/">', BODY)));
    expect(a.meta).toMatchObject({ published: '2021-03-04', origin: { published: 'html:link:canonical:url-path' } });
  });

  it('windows-1252 bytes: é and curly quotes decoded', () => {
    const head = Array.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf', (c) => c.charCodeAt(0));
    const rest = Array.from('</title></head><body><p>The caf', (c) => c.charCodeAt(0));
    const tail = Array.from('</p></body></html>', (c) => c.charCodeAt(0));
    // Café · The café said “safe” it’s — Ÿ
    const b = new Uint8Array([...head, 0xe9, ...rest, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x93, 0x73, 0x61, 0x66, 0x65, 0x94, 0x20, 0x69, 0x74, 0x92, 0x73, 0x20, 0x97, 0x20, 0x9f, ...tail]);
    const a = ingestOk(input('w.html', b));
    expect(a.meta.title).toBe('Café');
    // curly quotes are decoded, then normalised to straight ones
    expect(a.text).toBe('The café said "safe" it\'s — Ÿ');
    expect(codes(a)).not.toContain('encoding-fallback');
  });

  it('undeclared windows-1252 text falls back with a warning', () => {
    const a = ingestOk(input('w.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])));
    expect(a.text).toBe('Café "ok"');
    expect(a.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'encoding-fallback' });
  });

  it('a 404 page ingests with a no-article-text warning', () => {
    const a = ingestOk(input('p.html', page('<title>Page not found | Site</title>', '<main><h1>Page not found</h1><p>Sorry, this page does not exist.</p></main>')));
    expect(a.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(['warning', 'no-article-text']);
  });
});

describe('JSON exports', () => {
  it('text body with metadata; sidecar overrides', () => {
    const json = JSON.stringify({ title: 'Soyuz leaks', source: 'Wire', published: '2022-12-15', text: 'Soyuz leaks\n\nThe capsule leaked on Dec. 14.' });
    const a = ingestOk(input('j.json', json, { source: 'Sidecar Source' }));
    expect(a.format).toBe('json');
    expect(a.meta).toMatchObject({ title: 'Soyuz leaks', source: 'Sidecar Source', published: '2022-12-15', origin: { title: 'json', source: 'sidecar', published: 'json' } });
    expect(blockTexts(a)).toEqual([
      ['title', 'Soyuz leaks'],
      ['paragraph', 'The capsule leaked on Dec. 14.'],
    ]);
  });

  it('html body goes through the HTML reader; JSON fields beat page tags', () => {
    const json = JSON.stringify({ url: 'https://x/y', html: '<html><head><link rel="canonical" href="https://page/url"></head><body><p>Hello there.</p></body></html>' });
    const a = ingestOk(input('j.json', json));
    expect(a.text).toBe('Hello there.');
    expect(a.meta.url).toBe('https://x/y');
  });
});

describe('failures', () => {
  it.each([
    ['binary PDF saved as .html', input('doc.html', bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')), 'binary-file'],
    ['PNG saved as .txt', input('img.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'binary-file'],
    ['empty file', input('e.txt', ''), 'empty-file'],
    ['whitespace only', input('e.html', ' \n\t\r\n \u00A0'), 'empty-file'],
    ['BOM only', input('e.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])), 'empty-file'],
    ['malformed JSON', input('m.json', '{"text": "unterminated'), 'malformed-json'],
    ['JSON without a body', input('m.json', '{"title": "T"}'), 'json-no-body'],
    ['bad sidecar date', input('s.txt', 'Body text.', { published: 'next Tuesday' }), 'bad-sidecar'],
    ['sidecar not JSON', input('s.txt', 'Body text.', '{oops'), 'bad-sidecar'],
    ['unknown extension', input('a.pdf', 'text'), 'unsupported-format'],
  ])('%s → %s', (_, raw, code) => {
    const error = ingestError(raw);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('messages name the file and, for sidecars, the field', () => {
    expect(ingestError(input('dir/doc.html', bytes('%PDF-1.4'))).message).toMatch(/^dir\/doc\.html: .*PDF/);
    expect(ingestError(input('m.json', '{"text": "unterminated')).message).toMatch(/^m\.json: .*JSON/);
    expect(ingestError(input('s.txt', 'Body text.', { published: 'next Tuesday' })).message).toMatch(/^s\.meta\.json: field "published".*next Tuesday/);
  });
});

describe('determinism', () => {
  it('same bytes, same result', () => {
    const raw = input('iss-coolant-leak.txt', seedBytes(), SEED_SIDECAR);
    expect(JSON.stringify(ingest(raw))).toBe(JSON.stringify(ingest(raw)));
  });
});

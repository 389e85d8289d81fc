/**
 * Bad input through the whole pipeline: each file gives a clear error or warning entry in the
 * manifest, never a crash of the batch, never a hang. The large and deep pages are generated here,
 * not committed.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInTemp } from '../pipeline/run-corpus.ts';

const PARAGRAPH = (i: number) =>
  `<p>Paragraph ${i}: the crew of the ferry reported smoke in the engine room at dawn, and the captain sent the passengers to the muster stations while firefighters boarded from a tug.</p>`;
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ARTICLE = `<article><h1>Ferry fire</h1>${PARAGRAPH(1)}${PARAGRAPH(2)}${PARAGRAPH(3)}</article>`;

/** Section front: navigation, cards of linked headlines with one-line teasers, a footer. */
const SECTION_FRONT = page(
  `<nav>${'<a href="/s">Section</a> '.repeat(12)}</nav><main>${Array.from(
    { length: 24 },
    (_, i) => `<div class="card"><h3><a href="/story/${i}">Ferry operator reports fire number ${i} in the harbour</a></h3><p>Teaser ${i}, in a few words.</p></div>`,
  ).join('')}</main><footer>© 2026 Harbour News</footer>`,
  '<title>Ships | Harbour News</title>',
);
const LOGIN_WALL = page('<main><h1>Sign in to keep reading</h1><form><label>Email</label><input name="e"><label>Password</label><input type="password"><button>Sign in</button></form><p>Subscribers get unlimited access.</p></main>');
const NOT_FOUND = page('<main><h1>Page not found</h1><p>Sorry, the page you were looking for does not exist.</p></main>', '<title>404 | Harbour News</title>');

const enc = (s: string) => Buffer.from(s, 'utf8');
let corpus = '';

beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'factwire-bad-html-'));
  await mkdir(path.join(corpus, 'bad'));
  const files: Record<string, Uint8Array> = {
    'good.html': enc(page(ARTICLE)),
    'empty.html': enc(''),
    'pdf.html': enc('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    'png.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'zip.html': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
    'damaged.html.gz': gzipSync(enc(page(ARTICLE))).subarray(0, 30),
    'truncated.html': enc(page(ARTICLE).slice(0, page(ARTICLE).indexOf('</article>') - 20)),
    'section-front.html': enc(SECTION_FRONT),
    'login-wall.html': enc(LOGIN_WALL),
    'not-found.html': enc(NOT_FOUND),
    'huge.html': enc(page(`<article>${Array.from({ length: 110_000 }, (_, i) => PARAGRAPH(i)).join('')}</article>`)),
    'deep.html': enc(page(`${'<div>'.repeat(50_000)}${PARAGRAPH(1)}${PARAGRAPH(2)}${'</div>'.repeat(50_000)}`)),
    'scripts.html': enc(page(`<script>var state = "${'x'.repeat(4_000_000)}";</script><script>render()</script><div id="app"></div>`)),
    'invalid-bytes.html': Buffer.concat([enc(page(ARTICLE).slice(0, 300)), Buffer.from([0xff, 0xfe, 0xc3]), enc(page(ARTICLE).slice(300))]),
  };
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(corpus, 'bad', name), bytes);
});

describe('bad HTML input through the pipeline', () => {
  it('errors and warnings name each bad file; the batch finishes', async () => {
    const t0 = performance.now();
    const { manifest, records } = await runInTemp([corpus]);
    const seconds = (performance.now() - t0) / 1000;
    const errors = Object.fromEntries(manifest.errors.map((e) => [path.basename(e.file), e.code]));
    expect(errors).toEqual({
      'empty.html': 'empty-file',
      'pdf.html': 'binary-file',
      'png.html': 'binary-file',
      'zip.html': 'binary-file',
      'damaged.html.gz': 'bad-gzip',
    });
    const warned = (id: string) => manifest.warnings.filter((w) => w.article === `bad/${id}`).map((w) => w.code);
    expect(warned('truncated')).toContain('truncated-html');
    expect(warned('section-front')).toEqual(expect.arrayContaining(['not-an-article', 'no-article-text']));
    expect(warned('login-wall')).toContain('no-article-text');
    expect(warned('not-found')).toContain('no-article-text');
    expect(warned('huge')).toEqual(expect.arrayContaining(['large-file', 'text-truncated']));
    expect(warned('deep')).toContain('deep-nesting');
    expect(warned('scripts')).toContain('no-article-text');
    expect(warned('invalid-bytes')).toContain('invalid-bytes');
    expect(warned('good')).toEqual([]);

    const byId = new Map(records.map((r) => [r.article.id, r]));
    for (const id of ['section-front', 'login-wall', 'not-found', 'scripts']) expect(byId.get(`bad/${id}`)?.incidents).toEqual([]);
    expect(byId.get('bad/good')?.incidents.length).toBeGreaterThan(0);
    // The generous bound only catches a hang (several minutes); speed is measured by bench:ingest.
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});

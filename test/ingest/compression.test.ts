/** `.gz` variants of every format: inflated transparently, ids without `.gz`, damaged data as errors. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflate, MAX_INFLATED_BYTES, withoutGzip } from '../../src/ingest/compression.ts';
import { formatOf } from '../../src/ingest/format.ts';
import { discover, type Discovered } from '../../src/pipeline/discover.ts';
import { bytes, codes, ingestError, ingestOk, input } from './helpers.ts';

const STORY = 'A fire broke out on the ferry MV Isle of Tarn on Tuesday, the operator said. All 80 passengers were evacuated by lifeboat, and nobody was hurt.';
const PAGE = `<html><head><title>Ferry fire | Test News</title></head><body><article><h1>Ferry fire</h1><p>${STORY}</p></article></body></html>`;
const gz = (text: string) => new Uint8Array(gzipSync(Buffer.from(text)));

describe('inflate', () => {
  it('plain bytes pass unchanged', () => {
    const b = bytes('plain');
    expect(inflate('a.txt', b)).toEqual({ ok: true, value: { bytes: b, diagnostics: [] } });
  });

  it('a .gz file is inflated', () => {
    const r = inflate('a.html.gz', gz('<p>x</p>'));
    expect(r.ok && new TextDecoder().decode(r.value.bytes)).toBe('<p>x</p>');
  });

  it('gzip data under a plain name is inflated, with a note', () => {
    const r = inflate('a.html', gz('<p>x</p>'));
    expect(r.ok && r.value.diagnostics.map((d) => d.code)).toEqual(['gzip-content']);
  });

  it.each([
    ['a .gz that is not gzip', 'a.html.gz', bytes('<p>not compressed</p>'), 'bad-gzip'],
    ['damaged gzip data', 'a.html.gz', gz(PAGE).subarray(0, 40), 'bad-gzip'],
  ])('%s fails', (_, file, b, code) => {
    expect(inflate(file, b)).toMatchObject({ ok: false, error: { code } });
  });

  it('a gzip bomb fails as too-large instead of filling memory', () => {
    const bomb = new Uint8Array(gzipSync(Buffer.alloc(MAX_INFLATED_BYTES + 1024)));
    expect(inflate('bomb.html.gz', bomb)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('formats with .gz', () => {
  it.each([
    ['a.html.gz', 'html'],
    ['a.HTM.GZ', 'html'],
    ['a.txt.gz', 'text'],
    ['a.json.gz', 'json'],
  ])('%s → %s', (file, format) => {
    expect(formatOf(file)).toEqual({ ok: true, value: format });
  });

  it.each(['a.gz', 'a.tar.gz', 'a.pdf.gz'])('%s is not an article format', (file) => {
    expect(formatOf(file)).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
  });

  it('withoutGzip', () => {
    expect(withoutGzip('x/a.html.gz')).toBe('x/a.html');
    expect(withoutGzip('x/a.html')).toBe('x/a.html');
  });

  it.each([
    ['html', PAGE],
    ['txt', `Ferry fire\n\n${STORY}`],
    ['json', JSON.stringify({ title: 'Ferry fire', text: STORY, published: '2024-03-07' })],
  ])('<id>.%s.gz ingests exactly like the plain file', (ext, content) => {
    const plain = ingestOk(input(`a.${ext}`, content));
    const packed = ingestOk(input(`a.${ext}.gz`, gz(content)));
    expect(packed.text).toBe(plain.text);
    expect(packed.meta).toEqual(plain.meta);
    expect(codes(packed)).toEqual(codes(plain));
  });

  it('an empty page inside gzip is still an empty file', () => {
    expect(ingestError(input('a.html.gz', gz('  \n'))).code).toBe('empty-file');
  });
});

describe('discovery of .gz files', () => {
  it('finds every format compressed; the id drops the extension and .gz; sidecars are found', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factwire-gz-'));
    await writeFile(path.join(dir, 'a.html.gz'), gz(PAGE));
    await writeFile(path.join(dir, 'a.meta.json'), JSON.stringify({ source: 'Test' }));
    await writeFile(path.join(dir, 'b.txt.gz'), gz(STORY));
    await writeFile(path.join(dir, 'c.json.gz'), gz(JSON.stringify({ text: STORY })));
    await writeFile(path.join(dir, 'd.txt'), STORY);
    await writeFile(path.join(dir, 'd.txt.gz'), gz(STORY));
    await writeFile(path.join(dir, 'e.tar.gz'), gz('x'));
    const found: Discovered[] = [];
    for await (const d of discover(dir)) found.push(d);
    found.sort((a, b) => (a.file < b.file ? -1 : 1)); // discovery streams folders unsorted
    const summary = found.map((d) => (d.kind === 'article' ? [d.id, path.basename(d.file), d.sidecar ? 'sidecar' : ''] : [d.code, path.basename(d.file)]));
    expect(summary).toEqual([
      ['a', 'a.html.gz', 'sidecar'],
      ['b', 'b.txt.gz', ''],
      ['c', 'c.json.gz', ''],
      ['d', 'd.txt', ''],
      ['duplicate-id', 'd.txt.gz'],
      ['unsupported-format', 'e.tar.gz'],
    ]);
  });
});

/**
 * Discovery streams (no folder listed and sorted first), so order is the file system's: what
 * must not depend on it (which of two files with one article id wins) is decided by name.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDiscoverable, discover, earlierSiblings, type Discovered } from '../../src/pipeline/discover.ts';

async function all(root: string): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for await (const d of discover(root)) out.push(d);
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'factwire-discover-'));
  for (const [rel, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), body);
  }
  return root;
}

describe('earlierSiblings', () => {
  it.each([
    // Compressed variants (.gz) share the id too (a.txt.gz is article "a").
    ['a.txt', '.txt', ['a.HTM', 'a.HTM.GZ', 'a.HTML', 'a.HTML.GZ', 'a.JSON', 'a.JSON.GZ', 'a.TXT', 'a.TXT.GZ', 'a.htm', 'a.htm.gz', 'a.html', 'a.html.gz', 'a.json', 'a.json.gz']],
    ['a.htm', '.htm', ['a.HTM', 'a.HTM.GZ', 'a.HTML', 'a.HTML.GZ', 'a.JSON', 'a.JSON.GZ', 'a.TXT', 'a.TXT.GZ']],
    ['a.HTM', '.HTM', []],
    ['b.json', '.json', ['b.HTM', 'b.HTM.GZ', 'b.HTML', 'b.HTML.GZ', 'b.JSON', 'b.JSON.GZ', 'b.TXT', 'b.TXT.GZ', 'b.htm', 'b.htm.gz', 'b.html', 'b.html.gz']],
  ])('%s', (name, ext, want) => expect(earlierSiblings(name, ext).sort()).toEqual(want));
});

describe('discover', () => {
  it('two files with one id: the first by name owns it, whichever the walk meets first', async () => {
    for (const order of [['x/a.txt', 'x/a.htm'], ['x/a.htm', 'x/a.txt']]) {
      const root = await tree(Object.fromEntries(order.map((f) => [f, f.endsWith('htm') ? '<p>A ferry sank.</p>' : 'A ferry sank.'])));
      const found = await all(root);
      expect(found.map((d) => [path.relative(root, d.file), d.kind, d.kind === 'error' ? d.code : d.id])).toEqual([
        ['x/a.htm', 'article', 'x/a'],
        ['x/a.txt', 'error', 'duplicate-id'],
      ]);
    }
  });

  it('skips sidecars and hidden files, reports other files, finds sidecars, walks sub-folders', async () => {
    const root = await tree({ 'a.txt': 'x', 'a.meta.json': '{}', '.DS_Store': '', 'README.md': '', 'deep/er/b.json': '{}', 'notes.docx': 'PK' });
    const found = await all(root);
    expect(found).toEqual([
      { kind: 'article', file: path.join(root, 'a.txt'), id: 'a', sidecar: path.join(root, 'a.meta.json') },
      { kind: 'article', file: path.join(root, 'deep/er/b.json'), id: 'deep/er/b' },
      { kind: 'error', file: path.join(root, 'notes.docx'), code: 'unsupported-format', message: expect.stringContaining('notes.docx') },
    ]);
    expect(await countDiscoverable(root)).toBe(3);
    expect(await countDiscoverable(root, (k) => k === 'a')).toBe(1);
  });

  it('a file given as the root is taken as it is, and a missing root is one error', async () => {
    const root = await tree({ 'a.txt': 'x', 'a.htm': '<p>x</p>' });
    expect(await all(path.join(root, 'a.txt'))).toEqual([{ kind: 'article', file: path.join(root, 'a.txt'), id: 'a' }]);
    expect(await all(path.join(root, 'nope'))).toEqual([expect.objectContaining({ kind: 'error', code: 'not-found' })]);
  });

  it('walks a folder larger than its read buffer completely, each file once', async () => {
    const root = await tree(Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`f${i}.txt`, 'x'])));
    const ids = (await all(root)).map((d) => (d.kind === 'article' ? d.id : d.code));
    expect(new Set(ids).size).toBe(1500);
    expect(await countDiscoverable(root)).toBe(1500);
  });
});

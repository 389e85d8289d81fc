/** Atomic writes: whole files only, temporary files in the run's own folder, folders made once and again if removed. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearTemporary, runTmpDir, tmpRoot, writeAtomic, writeAtomicSync, writeLinesAtomic } from '../../src/output/write.ts';

describe('writeAtomic', () => {
  it('writes through the run folder and leaves nothing there', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-write-'));
    const tmp = await runTmpDir(out);
    await writeAtomic(path.join(out, 'records/a/b.json'), '{"x":1}\n', tmp);
    expect(await readFile(path.join(out, 'records/a/b.json'), 'utf8')).toBe('{"x":1}\n');
    expect(await readdir(tmp)).toEqual([]);
    await clearTemporary(tmpRoot(out));
    expect(await readdir(out)).toEqual(['records']);
  });

  it('a folder removed between two writes is made again', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-write-'));
    const file = path.join(out, 'records/x/y.json');
    await writeAtomic(file, 'one');
    await rm(path.join(out, 'records'), { recursive: true });
    await writeAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    const tmp = await runTmpDir(out);
    await rm(tmp, { recursive: true });
    await writeAtomic(file, 'three', tmp);
    expect(await readFile(file, 'utf8')).toBe('three');
  });
});

describe('writeLinesAtomic', () => {
  it('writes each line with its newline, in chunks, through the run folder', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-write-'));
    const tmp = await runTmpDir(out);
    const lines = Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"pad":"${'x'.repeat(40)}"}`); // over 1 MB: several chunks
    await writeLinesAtomic(path.join(out, 'incidents.jsonl'), lines, tmp);
    expect(await readFile(path.join(out, 'incidents.jsonl'), 'utf8')).toBe(lines.map((l) => `${l}\n`).join(''));
    expect(await readdir(tmp)).toEqual([]);
  });
  it('no line: an empty file', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-write-'));
    await writeLinesAtomic(path.join(out, 'empty.jsonl'), []);
    expect(await readFile(path.join(out, 'empty.jsonl'), 'utf8')).toBe('');
  });
});

describe('writeAtomicSync', () => {
  it('writes through the run folder, making the folders, and leaves nothing there', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-write-'));
    const tmp = await runTmpDir(out);
    writeAtomicSync(path.join(out, 'text/a/b.txt'), 'body', tmp);
    expect(await readFile(path.join(out, 'text/a/b.txt'), 'utf8')).toBe('body');
    expect(await readdir(tmp)).toEqual([]);
  });
});

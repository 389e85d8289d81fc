/** Atomic writes: whole files only, temporary files in the run's own folder, folders made once and again if removed. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearTemporary, runTmpDir, tmpRoot, writeAtomic } from '../../src/output/write.ts';

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

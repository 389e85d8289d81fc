/** File-tree helpers for pipeline tests: list a tree, compare two output folders byte for byte. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** Run-wide files that hold timings (they differ between runs by design). */
const TIMED = /^manifest(?:\.shard-\d+-of-\d+)?\.json$/;

/** Every output file of `a` is in `b` with the same bytes, and the other way round (manifests aside). */
export async function expectSameOutputs(a: string, b: string, ignore: RegExp = TIMED): Promise<number> {
  const fa = (await filesUnder(a)).filter((f) => !ignore.test(f));
  const fb = (await filesUnder(b)).filter((f) => !ignore.test(f));
  expect(fb).toEqual(fa);
  for (const f of fa) expect(await readFile(path.join(b, f), 'utf8'), f).toBe(await readFile(path.join(a, f), 'utf8'));
  return fa.length;
}

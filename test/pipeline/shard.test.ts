/**
 * `--shard k/n`: a deterministic slice by article id. The shards of a corpus partition it, and
 * n shard runs into one folder, followed by a whole run (which takes every article from the
 * cache and reconciles), give the same bytes as one run over everything.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/pipeline/run.ts';
import { inShard, parseShard, shardOf } from '../../src/pipeline/shard.ts';
import { expectSameOutputs, filesUnder } from './files.ts';
import { runInTemp } from './run-corpus.ts';

describe('parseShard', () => {
  it.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2 / 3 ', { index: 2, count: 3 }],
    ['1/1', { index: 1, count: 1 }],
  ])('reads %j', (spec, want) => expect(parseShard(spec)).toEqual(want));
  it.each(['0/4', '5/4', '1/0', '1', 'a/b', '-1/3', '1/4/2', ''])('refuses %j', (spec) => expect(parseShard(spec)).toHaveProperty('error'));
});

describe('shardOf', () => {
  const ids = Array.from({ length: 3000 }, (_, i) => `folder-${i % 7}/article-${i}`);
  it('puts every id in exactly one shard, the same one every time', () => {
    for (const id of ids.slice(0, 200)) {
      const owners = [1, 2, 3].filter((k) => inShard(id, { index: k, count: 3 }));
      expect(owners).toEqual([shardOf(id, 3)]);
    }
  });
  it('spreads ids about evenly', () => {
    const sizes = [1, 2, 3, 4].map((k) => ids.filter((id) => shardOf(id, 4) === k).length);
    for (const s of sizes) expect(s).toBeGreaterThan(600);
  });
  it('no shard means everything', () => expect(ids.every((id) => inShard(id, undefined))).toBe(true));
});

describe('shard runs', () => {
  it('three shards into one folder, then a whole run: the same bytes as one run', async () => {
    const whole = await runInTemp(['corpus']);
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-shards-'));
    const sizes: number[] = [];
    for (const index of [1, 2, 3]) {
      const r = await runCorpus({ corpus: ['corpus'], out, workers: 0, shard: { index, count: 3 } });
      expect(r.manifestFile).toBe(path.join(out, `manifest.shard-${index}-of-3.json`));
      expect(r.manifest.shard).toEqual({ index, count: 3 });
      expect(r.manifest.outputs?.incidents).toBeNull();
      sizes.push(r.manifest.counts.files);
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole.manifest.counts.files);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(await filesUnder(out)).not.toContain('incidents.jsonl');
    const merged = await runCorpus({ corpus: ['corpus'], out, workers: 0 });
    expect(merged.manifest.counts.cached).toBe(whole.manifest.counts.files);
    await expectSameOutputs(whole.out, out, /^manifest.*\.json$/);
  }, 240_000);
});

/**
 * The per-article cache: a rerun skips unchanged articles and redoes changed ones; the key
 * changes with the bytes, the sidecar, the id, the format and the pipeline version, and with
 * nothing else; a file that now fails loses its old record.
 */
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/pipeline/cache.ts';
import { runCorpus } from '../../src/pipeline/run.ts';
import { PIPELINE_VERSION } from '../../src/pipeline/version.ts';

const base = { id: 'ships/a', file: 'corpus/ships/a.txt', bytes: Buffer.from('A ferry caught fire.'), sidecar: Buffer.from('{"published":"2024-01-02"}') };

describe('cacheKey', () => {
  const key = cacheKey(base, 'v1');
  it('is the same for the same input and pipeline version', () => {
    expect(cacheKey({ ...base, bytes: Buffer.from('A ferry caught fire.') }, 'v1')).toBe(key);
    expect(cacheKey({ ...base, file: 'elsewhere/ships/a.txt' }, 'v1')).toBe(key); // where the corpus sits does not matter
  });
  const changes: [string, Parameters<typeof cacheKey>][] = [
    ['another pipeline version', [base, 'v2']],
    ['other bytes', [{ ...base, bytes: Buffer.from('A ferry caught fire!') }, 'v1']],
    ['another sidecar', [{ ...base, sidecar: Buffer.from('{"published":"2024-01-03"}') }, 'v1']],
    ['no sidecar', [{ ...base, sidecar: undefined }, 'v1']],
    ['another id', [{ ...base, id: 'ships/b' }, 'v1']],
    ['another format', [{ ...base, file: 'corpus/ships/a.html' }, 'v1']],
  ];
  for (const [what, args] of changes) it(`changes with ${what}`, () => expect(cacheKey(...args)).not.toBe(key));
  it('the pipeline version is a content hash', () => expect(PIPELINE_VERSION).toMatch(/^[0-9a-f]{16}$/));
});

describe('rerunning into the same output folder', () => {
  let corpus = '';
  let out = '';
  beforeAll(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), 'factwire-cache-'));
    out = await mkdtemp(path.join(tmpdir(), 'factwire-cache-out-'));
    await cp('corpus/rail', corpus, { recursive: true });
    await writeFile(path.join(corpus, 'broken.json'), '{"text": ');
  });

  it('skips unchanged articles, redoes a changed one, keeps errors, and gives the same outputs', async () => {
    const first = await runCorpus({ corpus: [corpus], out, workers: 0 });
    expect(first.manifest.counts.cached).toBe(0);
    const incidents = await readFile(path.join(out, 'incidents.jsonl'), 'utf8');

    const again = await runCorpus({ corpus: [corpus], out, workers: 0 });
    expect(again.manifest.counts.cached).toBe(first.manifest.counts.files); // errors are cached too
    expect({ ...again.manifest.counts, cached: 0 }).toEqual(first.manifest.counts);
    expect(again.manifest.errors).toEqual(first.manifest.errors);
    expect(await readFile(path.join(out, 'incidents.jsonl'), 'utf8')).toBe(incidents);

    const file = path.join(corpus, 'spalding-level-crossing-tractor-uk.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tractor', 'farm tractor'));
    const changed = await runCorpus({ corpus: [corpus], out, workers: 0 });
    expect(changed.manifest.counts.cached).toBe(first.manifest.counts.files - 1);

    const uncached = await runCorpus({ corpus: [corpus], out, workers: 0, cache: false });
    expect(uncached.manifest.counts.cached).toBe(0);
  }, 180_000);

  it('removes the record of an article that now fails', async () => {
    const file = path.join(corpus, 'amtrak-cardinal-rockslide-wire.txt');
    await runCorpus({ corpus: [corpus], out, workers: 0 });
    const record = path.join(out, 'records', 'amtrak-cardinal-rockslide-wire.json');
    await stat(record);
    await writeFile(file, '   \n');
    const r = await runCorpus({ corpus: [corpus], out, workers: 0 });
    expect(r.manifest.errors.map((e) => e.code)).toContain('empty-file');
    await expect(stat(record)).rejects.toThrow();
    expect(r.ids).not.toContain('amtrak-cardinal-rockslide-wire');
  }, 120_000);
});

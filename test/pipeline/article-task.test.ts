/** The per-article job a worker runs: extract, then write text, record and cache entry; a write that fails is an article error. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profilesOf, runArticleTask } from '../../src/pipeline/article-task.ts';
import { cachePath } from '../../src/pipeline/cache.ts';
import { recordPath, textPath } from '../../src/output/write.ts';

const file = 'corpus/iss-coolant-leak.txt';

describe('runArticleTask', () => {
  it('writes the text, the record and the cache entry, and returns the summary and profiles', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-task-'));
    const r = runArticleTask({ input: { id: 'seed', file, bytes: await readFile(file) }, write: { out, tmp: path.join(out, '.tmp', 'run'), key: 'k1' } });
    if (!r.ok) throw new Error(r.error.message);
    const record = JSON.parse(await readFile(recordPath(out, 'seed'), 'utf8')) as { article: { id: string }; incidents: unknown[] };
    expect(record.article.id).toBe('seed');
    expect(r.summary.incidents).toBe(record.incidents.length);
    expect(profilesOf(r.profiles).map((p) => p.key)).toEqual(record.incidents.map((i) => `seed#${(i as { id: string }).id}`));
    expect((await readFile(textPath(out, 'seed'), 'utf8')).length).toBeGreaterThan(100);
    expect(JSON.parse(await readFile(cachePath(out, 'seed'), 'utf8'))).toMatchObject({ key: 'k1', ok: true });
  });

  it('a write that fails comes back as a write error of the article', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-task-'));
    await writeFile(path.join(out, 'records'), 'a file where the records folder should be');
    const r = runArticleTask({ input: { id: 'seed', file, bytes: await readFile(file) }, write: { out, tmp: path.join(out, '.tmp', 'run'), key: 'k1' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ article: 'seed', stage: 'write', code: 'write-failed' });
  });
});

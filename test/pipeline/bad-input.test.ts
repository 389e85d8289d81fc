/**
 * Errors are data: a bad file gives an error entry in the manifest with its reason, the run
 * goes on, and the command's exit status says that some articles failed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInTemp } from './run-corpus.ts';

let corpus = '';
const good = 'Ferry fire off Carra\n\nA fire broke out on the ferry MV Isle of Tarn on Tuesday, the operator said. All 80 passengers were evacuated.';

beforeAll(async () => {
  corpus = await mkdtemp(path.join(tmpdir(), 'factwire-bad-'));
  await mkdir(path.join(corpus, 'sub'));
  await writeFile(path.join(corpus, 'good.txt'), good);
  await writeFile(path.join(corpus, 'good.meta.json'), JSON.stringify({ source: 'Test', published: '2024-03-07' }));
  await writeFile(path.join(corpus, 'empty.txt'), '');
  await writeFile(path.join(corpus, 'binary.html'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02]));
  await writeFile(path.join(corpus, 'broken.json'), '{"text": "unterminated');
  await writeFile(path.join(corpus, 'sub', 'baddate.txt'), good);
  await writeFile(path.join(corpus, 'sub', 'baddate.meta.json'), JSON.stringify({ published: 'the day before yesterday' }));
  await writeFile(path.join(corpus, 'notes.docx'), 'PK');
});

describe('bad inputs', () => {
  it('each bad file is one error entry with its reason; the good article is still written', async () => {
    const { manifest, ids } = await runInTemp([corpus]);
    const byFile = Object.fromEntries(manifest.errors.map((e) => [path.relative(corpus, e.file), e.code]));
    expect(byFile).toEqual({
      'binary.html': 'binary-file',
      'broken.json': 'malformed-json',
      'empty.txt': 'empty-file',
      'notes.docx': 'unsupported-format',
      'sub/baddate.txt': 'bad-sidecar',
    });
    expect(ids).toEqual(['good']);
    expect(manifest.counts.failed).toBe(5);
  }, 60_000);

  it('the command exits with status 2 when some articles failed', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-bad-out-'));
    const err = await promisify(execFile)('node', ['bin/factwire.js', 'run', corpus, '--out', out, '--quiet']).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toMatch(/binary-file/);
  }, 60_000);
});

/**
 * Resumable runs, at small scale: the command is killed with SIGKILL in the middle of a run
 * (twice), leaves no half-written output, and the resumed run ends with outputs identical,
 * byte for byte, to an uninterrupted run; the articles done before the kill are not redone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/batch/generate.ts';
import { runCorpus } from '../../src/pipeline/run.ts';
import { expectSameOutputs, filesUnder } from './files.ts';
import { runInTemp } from './run-corpus.ts';

const N = 36;
let corpus = '';
let reference = '';
const made: string[] = [];

beforeAll(async () => {
  made.push(await mkdtemp(path.join(tmpdir(), 'factwire-resume-')));
  corpus = path.join(made[0], 'corpus');
  await generateCorpus(corpus, N, 11);
  reference = (await runInTemp([corpus])).out;
  made.push(reference);
}, 240_000);

afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true });
});

/** Runs the command and kills it (SIGKILL) once `after` articles are reported done. */
function killAfter(out: string, after: number): Promise<{ seen: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['bin/factwire.js', 'run', corpus, '--out', out, '--json', '--concurrency', '1', '--io', '2'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if ((JSON.parse(line) as { type: string }).type === 'article' && ++seen === after) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ seen, signal }));
  });
}

async function recordsOn(out: string): Promise<string[]> {
  return (await filesUnder(path.join(out, 'records'))).filter((f) => f.endsWith('.json'));
}

describe('a run killed with SIGKILL resumes to the same outputs', () => {
  it('two kills mid-run, then a resumed run: identical to an uninterrupted run', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'factwire-killed-'));
    made.push(out);
    const first = await killAfter(out, 6);
    expect(first.signal).toBe('SIGKILL');
    const afterFirst = await recordsOn(out);
    expect(afterFirst.length).toBeGreaterThanOrEqual(5);
    expect(afterFirst.length).toBeLessThan(N);
    // nothing half-written: every record on disk is whole JSON
    for (const f of afterFirst) JSON.parse(await readFile(path.join(out, 'records', f), 'utf8'));
    await expect(stat(path.join(out, 'manifest.json'))).rejects.toThrow();

    const second = await killAfter(out, 14); // resumes, then dies again
    expect(second.signal).toBe('SIGKILL');

    const resumed = await runCorpus({ corpus: [corpus], out, workers: 1 });
    expect(resumed.manifest.counts.articles + resumed.manifest.counts.failed).toBe(N);
    expect(resumed.manifest.counts.cached).toBeGreaterThanOrEqual(14); // done before the kills, not redone
    expect(resumed.manifest.counts.cached).toBeLessThan(N);
    expect(await expectSameOutputs(reference, out)).toBeGreaterThan(2 * N);
    expect(await filesUnder(path.join(out, '.tmp'))).toEqual([]);
  }, 300_000);
});

/**
 * `npm run bench:batch:resume [-- --n 20000 --kill-at 0.5]`: the resumability check at scale.
 * Generates N articles, runs `factwire run` over them once uninterrupted, then again into
 * another folder killed with SIGKILL once the given share of articles is done, resumes that
 * run, and compares every output file (manifests aside) byte for byte. Prints the figures and
 * exits 1 on any difference. (test/pipeline/resume.test.ts does the same at small scale.)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '../lib/data.ts';
import { generateCorpus } from './generate.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Runs the command with JSON progress; kills it (SIGKILL) after `killAfter` articles when given. */
function run(corpus: string, out: string, killAfter?: number): Promise<{ seconds: number; seen: number; killed: boolean; cached: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('node', [path.join(REPO_ROOT, 'bin/factwire.js'), 'run', corpus, '--out', out, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = 0;
    let cached = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const e = JSON.parse(line) as { type: string; status?: string; counts?: { cached?: number } };
      if (e.type === 'article' && ++seen === killAfter) child.kill('SIGKILL');
      if (e.type === 'end') cached = e.counts?.cached ?? 0;
    });
    child.on('error', reject);
    child.on('exit', (_c, signal) => resolve({ seconds: Math.round((performance.now() - t) / 100) / 10, seen, killed: signal === 'SIGKILL', cached }));
  });
}

async function differences(a: string, b: string): Promise<{ files: number; differ: string[] }> {
  const list = async (d: string) => ((await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(d, path.join(e.parentPath, e.name))).filter((f) => !/^manifest/.test(f))).sort();
  const fa = await list(a);
  const fb = new Set(await list(b));
  const differ = fa.filter((f) => !fb.has(f));
  for (const f of fa) if (fb.has(f) && !(await readFile(path.join(a, f))).equals(await readFile(path.join(b, f)))) differ.push(f);
  for (const f of fb) if (!fa.includes(f)) differ.push(f);
  return { files: fa.length, differ };
}

const n = Number(arg('n', '20000'));
const at = Number(arg('kill-at', '0.5'));
const work = await mkdtemp(path.join(os.tmpdir(), 'factwire-resume-'));
const corpus = (await generateCorpus(path.join(work, 'corpus'), n, 20)).dir;
console.log(`resume check: ${n} articles, kill at ${Math.round(at * 100)}%, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const whole = await run(corpus, path.join(work, 'whole'));
console.log(`  uninterrupted run: ${whole.seconds} s`);
const killed = await run(corpus, path.join(work, 'killed'), Math.floor(n * at));
console.log(`  killed run: SIGKILL after ${killed.seen} articles (${killed.seconds} s), killed: ${killed.killed}`);
const resumed = await run(corpus, path.join(work, 'killed'));
console.log(`  resumed run: ${resumed.seconds} s, ${resumed.cached} articles from the cache`);
const d = await differences(path.join(work, 'whole'), path.join(work, 'killed'));
console.log(`  compared ${d.files} output files: ${d.differ.length ? `${d.differ.length} differ, e.g. ${d.differ.slice(0, 5).join(', ')}` : 'identical'}`);
if (!process.argv.includes('--keep')) await rm(work, { recursive: true, force: true });
process.exitCode = d.differ.length || !killed.killed ? 1 : 0;

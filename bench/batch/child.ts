/**
 * One measured step of the batch benchmark, in its own process (so that peak RSS is its own):
 *   run <corpus> <out> <workers>   a whole factwire run, cache off, stages profiled
 *   bare <text-dir>                a bare compromise `nlp()` parse of every text, stock compromise
 * Prints one JSON line: wall time, peak RSS, and the run's manifest summary.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const [mode, ...args] = process.argv.slice(2);
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function run(corpus: string, out: string, workers: number): Promise<object> {
  const { runCorpus } = await import('../../src/pipeline/run.ts');
  const t = performance.now();
  const { manifest } = await runCorpus({ corpus: [corpus], out, workers, cache: false, profile: true });
  const wallMs = performance.now() - t;
  return { wallMs, peakRssMB: peakRssMB(), counts: manifest.counts, timings: manifest.timings, throughput: manifest.throughput };
}

async function bare(dir: string): Promise<object> {
  const { default: nlp } = await import('compromise'); // stock compromise: none of our words or settings
  const files = ((await readdir(dir, { recursive: true })) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  const t = performance.now();
  for (const text of texts) nlp(text);
  return { wallMs: performance.now() - t, peakRssMB: peakRssMB(), texts: texts.length, bytes: texts.reduce((n, s) => n + Buffer.byteLength(s), 0) };
}

const result = mode === 'run' ? await run(args[0], args[1], Number(args[2])) : await bare(args[0]);
process.stdout.write(`${JSON.stringify(result)}\n`);

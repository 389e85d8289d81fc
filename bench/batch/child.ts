/**
 * One measured step of the batch benchmark, in its own process (so that peak RSS is its own):
 *   run <corpus> <out> <workers>   a whole factwire run, cache off, stages profiled, and when the
 *                                  second half of the articles started and ended
 *   bare <text-dir>                a bare compromise `nlp()` parse of every text, stock compromise
 *   paired <corpus> <text-dir>     side by side on one thread, article after article: our whole
 *                                  per-article work, then a bare `nlp()` of its cleaned text with
 *                                  compromise's own pattern sweep, then one with ours (sweep.ts);
 *                                  all three see the same load (the lexicon has our dozen words added)
 * Prints one JSON line: wall time, peak RSS, and the run's manifest summary.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const [mode, ...args] = process.argv.slice(2);
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function run(corpus: string, out: string, workers: number): Promise<object> {
  const { runCorpus } = await import('../../src/pipeline/run.ts');
  const t = performance.now();
  const cpu = process.cpuUsage();
  const finished: number[] = []; // when each article finished, ms from the start
  const onEvent = (e: { type: string }) => {
    if (e.type === 'article') finished.push(performance.now() - t);
  };
  const { manifest } = await runCorpus({ corpus: [corpus], out, workers, cache: false, profile: true, onEvent });
  const wallMs = performance.now() - t;
  // the second half of the articles: the rate once the workers are loaded and their code is compiled, before reconciling
  const half = Math.floor(finished.length / 2);
  const secondHalf = { articles: finished.length - 1 - half, ms: finished[finished.length - 1] - finished[half] };
  const used = process.cpuUsage(cpu); // every thread of the process: main and workers
  return { wallMs, cpuMs: (used.user + used.system) / 1000, secondHalf, peakRssMB: peakRssMB(), counts: manifest.counts, timings: manifest.timings, throughput: manifest.throughput };
}

async function bare(dir: string): Promise<object> {
  const { default: nlp } = await import('compromise'); // stock compromise: none of our words or settings
  const files = ((await readdir(dir, { recursive: true })) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  const t = performance.now();
  for (const text of texts) nlp(text);
  return { wallMs: performance.now() - t, peakRssMB: peakRssMB(), texts: texts.length, bytes: texts.reduce((n, s) => n + Buffer.byteLength(s), 0) };
}

async function paired(corpus: string, textDir: string): Promise<object> {
  const { discover } = await import('../../src/pipeline/discover.ts');
  const { runExtractTask } = await import('../../src/pipeline/task.ts');
  const { nlp, withStockSweep } = await import('../../src/extract/nlp.ts');
  let ours = 0;
  let theirs = 0;
  let indexed = 0;
  let n = 0;
  for await (const d of discover(corpus)) {
    if (d.kind !== 'article') continue;
    const text = await readFile(path.join(textDir, `${d.id}.txt`), 'utf8').catch(() => null);
    if (text === null) continue; // failed articles have no text
    const input = { id: d.id, file: d.file, bytes: await readFile(d.file), ...(d.sidecar ? { sidecar: await readFile(d.sidecar), sidecarFile: d.sidecar } : {}) };
    let t = performance.now();
    runExtractTask({ input });
    ours += performance.now() - t;
    t = performance.now();
    withStockSweep(() => nlp(text));
    theirs += performance.now() - t;
    t = performance.now();
    nlp(text);
    indexed += performance.now() - t;
    n++;
  }
  return { articles: n, oursMs: ours, bareMs: theirs, bareIndexedMs: indexed, peakRssMB: peakRssMB() };
}

const modes: Record<string, () => Promise<object>> = {
  run: () => run(args[0], args[1], Number(args[2])),
  bare: () => bare(args[0]),
  paired: () => paired(args[0], args[1]),
};
const result = await modes[mode]();
process.stdout.write(`${JSON.stringify(result)}\n`);

import { Command, InvalidArgumentError } from 'commander';
import { createProgress, pickMode } from '../../output/progress.ts';
import { profileLines, summaryLines } from '../../output/summary.ts';
import { defaultWorkers } from '../../pipeline/pool.ts';
import { runCorpus } from '../../pipeline/run.ts';
import { parseShard, type Shard } from '../../pipeline/shard.ts';

const count = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
  return n;
};

const shardOption = (v: string): Shard => {
  const s = parseShard(v);
  if ('error' in s) throw new InvalidArgumentError(s.error);
  return s;
};

interface RunFlags {
  out: string;
  quiet?: boolean;
  json?: boolean;
  concurrency: number;
  io: number;
  shard?: Shard;
  cache: boolean;
  profile?: boolean;
  progressInterval: number;
}

export function runCommand(): Command {
  return new Command('run')
    .description('Extract incident records from every article of the corpus folders and reconcile them.')
    .argument('[corpus...]', 'corpus folders or files (.txt, .html, .htm, .json, with optional <id>.meta.json sidecars)', ['corpus'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-c, --concurrency <n>', 'extraction worker threads (0: extract on the main thread)', count('--concurrency', 0), defaultWorkers())
    .option('--io <n>', 'articles read and written at once', count('--io', 1), 16)
    .option('--shard <k/n>', 'process only slice k of n (deterministic by article id); merge the slices later', shardOption)
    .option('--no-cache', 'redo every article, even those unchanged since the last run into --out')
    .option('--profile', 'print the time per stage (decode, ingest, tag, rules, assemble, write, reconcile)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print progress events as JSON lines on stdout (and nothing else)')
    .option('--progress-interval <s>', 'seconds between progress lines when not on a terminal', count('--progress-interval', 1), 5)
    .addHelpText(
      'after',
      `
Writes:
  <out>/records/<id>.json   one record per article (incidents with evidence)
  <out>/text/<id>.txt       the cleaned text the evidence offsets point into
  <out>/incidents.jsonl     one reconciled incident per line
  <out>/manifest.json       counts, errors by reason, throughput, per-article errors, timings, versions
  <out>/cache/<id>.json     what makes a rerun skip unchanged articles

A rerun into the same --out skips every article whose bytes, sidecar and pipeline version are
unchanged, and redoes the rest; a run killed at any moment (kill -9 too) resumes where it stopped.
A shard (--shard k/n) writes records and manifest.shard-k-of-n.json, not incidents.jsonl: run the
n shards into one --out, then an unsharded run over the whole corpus reconciles them from the cache.

Progress: a live bar on a terminal, a plain line every few seconds otherwise (CI, pipes).

Exit status: 0 when every article was processed, 2 when some failed (see manifest errors).

Examples:
  factwire run                          # corpus/ → output/
  factwire run saved/ more/ --out runs/today
  factwire run corpus/iss-coolant-leak.txt --out /tmp/one
  factwire run big/ --out runs/big --concurrency 8 --profile
  factwire run big/ --out runs/big --shard 2/4     # one of four machines or jobs`,
    )
    .action(async (corpus: string[], opts: RunFlags) => {
      const mode = pickMode({ quiet: opts.quiet, json: opts.json, isTTY: Boolean(process.stderr.isTTY), ci: process.env.CI === 'true' });
      const progress = createProgress({ mode, interval: opts.progressInterval });
      // Ctrl-C: put the terminal back (the bar hides the cursor); the next run resumes from the cache
      process.once('SIGINT', () => {
        progress.stop();
        process.exit(130);
      });
      const { manifest } = await runCorpus({
        corpus,
        out: opts.out,
        workers: opts.concurrency,
        io: opts.io,
        shard: opts.shard,
        cache: opts.cache,
        profile: opts.profile,
        onEvent: (e) => progress.onEvent(e),
      }).finally(() => progress.stop());
      if (mode === 'bar' || mode === 'lines') {
        for (const line of summaryLines(manifest, opts.out)) console.log(line);
        if (opts.profile) for (const line of profileLines(manifest)) console.log(line);
      }
      for (const e of manifest.errors) console.error(`error: ${e.file}: ${e.code}: ${e.message}`);
      if (manifest.counts.failed > 0) process.exitCode = 2;
    });
}

/**
 * `npm run bench:ingest [-- --save <dir>] [--rounds <n>] [--worst <n>]`
 *
 * Runs our ingest stage and Mozilla Readability (on linkedom) over every page of the
 * article-extraction benchmark in the same process, interleaved page by page (the order
 * alternates) so that machine load weighs on both alike, scores both with the benchmark's metric,
 * prints the figures and the ratios ours/Readability, and writes them to output/bench/ingest.json.
 * One untimed warm-up pass runs first (JIT). `--rounds n` times every page n times and keeps each
 * page's median time. `--save <dir>` writes our body of each page as `<dir>/<id>.txt`.
 * `--raise-floors` raises bench/ingest/floors.json to this run's accuracy where it is higher.
 * `--parsers` only measures the HTML parsers (bench/ingest/parsers.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../lib/data.ts';
import { ours, readability, type Extractor } from './extractors.ts';
import { corpusFingerprint, FLOORS_FILE, raisedFloors, readFloors, writeFloors } from './floors.ts';
import { matchPage, pagePrecision, pageRecall, score, type Scores } from './metric.ts';
import { loadPages, type BenchPage } from './pages.ts';
import { measureParsers } from './parsers.ts';

interface Run {
  bodies: string[];
  /** Milliseconds per page (median over rounds). */
  ms: number[];
}

interface Figures extends Scores {
  pagesPerSec: number;
  msMedian: number;
  msP95: number;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      save: { type: 'string' },
      rounds: { type: 'string', default: '1' },
      worst: { type: 'string', default: '10' },
      'raise-floors': { type: 'boolean', default: false },
      parsers: { type: 'boolean', default: false },
    },
  });
  const pages = loadPages();
  if (values.parsers) {
    for (const { parser, msPerPage } of measureParsers(pages)) console.log(`${msPerPage.toFixed(2).padStart(7)} ms/page  ${parser}`);
    return;
  }
  const rounds = Math.max(1, Number(values.rounds) || 1);
  for (const page of pages) ours(page), readability(page); // warm-up, untimed
  const runs = timeBoth(pages, rounds);
  const figures = { ours: figuresOf(pages, runs.ours), readability: figuresOf(pages, runs.readability) };
  const ratio = {
    f1: figures.ours.f1 / figures.readability.f1,
    pagesPerSec: figures.ours.pagesPerSec / figures.readability.pagesPerSec,
  };
  const worst = worstPages(pages, runs.ours.bodies, Number(values.worst));
  printTable(figures, ratio, pages.length, rounds);
  printWorst(worst);
  const out = path.join(REPO_ROOT, 'output', 'bench', 'ingest.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const report = { benchmark: 'article-extraction', pages: pages.length, rounds, takenOn: new Date().toISOString().slice(0, 10), ...figures, ratio, worst };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nfigures written to ${path.relative(process.cwd(), out)}`);
  if (values.save) saveBodies(values.save, pages, runs.ours.bodies);
  if (values['raise-floors']) raiseFloors(pages, figures.ours);
}

/** Only upward, and only on the data the floors were taken on. */
function raiseFloors(pages: readonly BenchPage[], scores: Scores): void {
  const floors = readFloors();
  if (floors.corpus !== corpusFingerprint(pages)) throw new Error('benchmark data differ from the data the floors were taken on; floors left as they are');
  const raised = raisedFloors(floors, scores);
  writeFloors(raised);
  console.log(`floors: F1 ${raised.f1}, precision ${raised.precision}, recall ${raised.recall} (${path.relative(process.cwd(), FLOORS_FILE)})`);
}

/** Both extractors over every page; the order alternates page by page so neither always runs first. */
function timeBoth(pages: readonly BenchPage[], rounds: number): { ours: Run; readability: Run } {
  const a: Run = { bodies: [], ms: [] };
  const b: Run = { bodies: [], ms: [] };
  pages.forEach((page, i) => {
    const pair: Array<[Extractor, Run]> = i % 2 === 0 ? [[ours, a], [readability, b]] : [[readability, b], [ours, a]];
    const times: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      pair.forEach(([extract, run], k) => {
        const t0 = performance.now();
        const body = extract(page);
        times[k].push(performance.now() - t0);
        if (r === 0) run.bodies.push(body);
      });
    }
    pair.forEach(([, run], k) => run.ms.push(quantile(times[k], 0.5)));
  });
  return { ours: a, readability: b };
}

function figuresOf(pages: readonly BenchPage[], run: Run): Figures {
  const scores = score(pages.map((p, i) => ({ truth: p.truth, prediction: run.bodies[i] })));
  const total = run.ms.reduce((s, v) => s + v, 0);
  return { ...scores, pagesPerSec: (pages.length * 1000) / total, msMedian: quantile(run.ms, 0.5), msP95: quantile(run.ms, 0.95) };
}

function worstPages(pages: readonly BenchPage[], bodies: readonly string[], n: number) {
  return pages
    .map((p, i) => {
      const c = matchPage(p.truth, bodies[i]);
      const precision = pagePrecision(c);
      const recall = pageRecall(c);
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      return { id: p.id, url: p.url, f1: round(f1), precision: round(precision), recall: round(recall) };
    })
    .sort((x, y) => x.f1 - y.f1 || (x.id < y.id ? -1 : 1))
    .slice(0, n);
}

function saveBodies(dir: string, pages: readonly BenchPage[], bodies: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  pages.forEach((p, i) => writeFileSync(path.join(dir, `${p.id}.txt`), bodies[i]));
  console.log(`${pages.length} bodies written to ${dir}/<id>.txt`);
}

function printTable(figures: { ours: Figures; readability: Figures }, ratio: { f1: number; pagesPerSec: number }, pages: number, rounds: number): void {
  console.log(`article-extraction: ${pages} pages, ${rounds} timed round(s), same process, interleaved\n`);
  const rows: Array<[string, (f: Figures) => string]> = [
    ['F1', (f) => f.f1.toFixed(3)],
    ['precision', (f) => f.precision.toFixed(3)],
    ['recall', (f) => f.recall.toFixed(3)],
    ['exact accuracy', (f) => f.accuracy.toFixed(3)],
    ['empty outputs', (f) => String(f.empty)],
    ['pages/s', (f) => f.pagesPerSec.toFixed(1)],
    ['ms/page median', (f) => f.msMedian.toFixed(2)],
    ['ms/page p95', (f) => f.msP95.toFixed(2)],
  ];
  console.log(`${'metric'.padEnd(16)}${'ours'.padStart(10)}${'readability'.padStart(14)}`);
  for (const [name, show] of rows) console.log(`${name.padEnd(16)}${show(figures.ours).padStart(10)}${show(figures.readability).padStart(14)}`);
  console.log(`\nratio ours/readability: F1 ${ratio.f1.toFixed(3)}, pages/s ${ratio.pagesPerSec.toFixed(2)}`);
}

function printWorst(worst: ReturnType<typeof worstPages>): void {
  console.log('\nworst pages (ours):');
  for (const w of worst) console.log(`  F1 ${w.f1.toFixed(3)}  P ${w.precision.toFixed(3)}  R ${w.recall.toFixed(3)}  ${w.id.slice(0, 12)}  ${w.url}`);
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();

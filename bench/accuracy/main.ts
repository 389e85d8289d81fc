/**
 * `npm run bench:accuracy [-- --errors [--system ours|chrono|compromiseDates|compromise] [--kind dates|people|organizations|locations|vehicles]]`
 * `--errors-only` runs just that one system and prints its errors (no table, nothing written);
 * `--only <system>` runs just that one system and prints its table (nothing written).
 *
 * Rebuilds the MEANTIME articles, runs our extractors and the peers (chrono-node,
 * compromise-dates, compromise), each in its own process, on the same text in one run, prints
 * the figures side by side and writes them to output/bench/accuracy.json. `--errors` prints the
 * misses and false hits by article for one system (ours by default).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, requireBenchmark } from '../lib/data.ts';
import { evaluate, TIMEX_TYPES, type ArticleErrors, type Scores } from './evaluate.ts';
import { figures, type Figures } from './figures.ts';
import { loadMeantime, type MeantimeDoc } from './meantime.ts';
import { COVERS, type BenchDoc, type Predictions, type SystemName } from './predictions.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');
const SYSTEMS: SystemName[] = ['ours', 'chrono', 'compromiseDates', 'compromise'];

function runSystem(name: SystemName, docs: BenchDoc[]): Promise<{ predictions: Record<string, Predictions>; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, name], { env: { ...process.env, TZ: 'UTC' }, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ predictions: JSON.parse(out), ms: performance.now() - t0 }) : reject(new Error(`${name} exited with ${code}`))));
    child.stdin.end(JSON.stringify(docs));
  });
}

/** Runs the systems two at a time (a 2-core machine). */
async function runAll(docs: BenchDoc[], systems: SystemName[]) {
  const results = new Map<SystemName, { predictions: Record<string, Predictions>; ms: number }>();
  const queue = [...systems];
  const lane = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) results.set(s, await runSystem(s, docs));
  };
  await Promise.all([lane(), lane()]);
  return results;
}

const f3 = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));
const row = (label: string, cells: string[]) => `${label.padEnd(34)}${cells.map((c) => c.padStart(18)).join('')}`;

function printTable(fig: Record<SystemName, Figures>, docs: MeantimeDoc[], ran: SystemName[]): void {
  const head = (names: SystemName[]) => row('', names);
  const pick = (all: SystemName[], label: string, get: (f: Figures) => number | undefined) => {
    const names = all.filter((n) => ran.includes(n));
    if (names.length) console.log(row(label, names.map((n) => f3(get(fig[n])))));
  };
  const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
  console.log(`\nMEANTIME: ${docs.length} articles; scored sentences 0 and 2–5; ${gold} gold TIMEX3 (dateline left out)\n`);
  const dateSys: SystemName[] = ['ours', 'chrono', 'compromiseDates'];
  console.log(head(dateSys.filter((n) => ran.includes(n))));
  pick(dateSys, 'dates strict F1', (f) => f.dates?.strictF1);
  pick(dateSys, 'dates relaxed F1', (f) => f.dates?.relaxedF1);
  pick(dateSys, '  relaxed precision', (f) => f.dates?.relaxedPrecision);
  pick(dateSys, '  relaxed recall', (f) => f.dates?.relaxedRecall);
  pick(dateSys, 'dates value accuracy', (f) => f.dates?.valueAccuracy);
  pick(dateSys, 'dates value F1 (TE3)', (f) => f.dates?.valueF1);
  for (const t of TIMEX_TYPES) {
    const n = fig.ours.dates?.byType[t].gold;
    pick(dateSys, `  ${t} (${n}) strict F1`, (f) => f.dates?.byType[t].strictF1);
    pick(dateSys, `  ${t} (${n}) relaxed F1`, (f) => f.dates?.byType[t].relaxedF1);
    pick(dateSys, `  ${t} (${n}) value accuracy`, (f) => f.dates?.byType[t].valueAccuracy);
  }
  pick(dateSys, '  DATE+TIME relaxed F1', (f) => f.dates?.dateTime.relaxedF1);
  pick(dateSys, '  DATE+TIME value accuracy', (f) => f.dates?.dateTime.valueAccuracy);
  const nameSys: SystemName[] = ['ours', 'compromise'];
  console.log(`\n${head(nameSys.filter((n) => ran.includes(n)))}`);
  pick(nameSys, `people entity F1 (${fig.ours.people?.gold} people)`, (f) => f.people?.entityF1);
  pick(nameSys, '  entity precision', (f) => f.people?.entity.precision);
  pick(nameSys, '  entity recall', (f) => f.people?.entity.recall);
  console.log(row('  split people (not counted)', nameSys.filter((n) => ran.includes(n)).map((n) => String(fig[n].people?.duplicates ?? '—'))));
  pick(nameSys, 'people mention relaxed F1', (f) => f.people?.mentionRelaxedF1);
  pick(nameSys, 'people mention strict F1', (f) => f.people?.mentionStrictF1);
  for (const k of ['organizations', 'locations'] as const) {
    pick(nameSys, `${k} span F1 (${fig.ours[k]?.gold})`, (f) => f[k]?.spanF1);
    pick(nameSys, '  precision', (f) => f[k]?.precision);
    pick(nameSys, '  recall', (f) => f[k]?.recall);
    pick(nameSys, '  strict F1', (f) => f[k]?.strictF1);
  }
  if (ran.includes('ours')) console.log(`\n${head(['ours'])}`);
  pick(['ours'], `vehicles span F1 (${fig.ours.vehicles?.gold})`, (f) => f.vehicles?.spanF1);
  pick(['ours'], '  precision', (f) => f.vehicles?.precision);
  pick(['ours'], '  recall', (f) => f.vehicles?.recall);
  pick(['ours'], '  strict F1', (f) => f.vehicles?.strictF1);
}

function printErrors(errors: Record<string, ArticleErrors>, docs: MeantimeDoc[], kind?: keyof ArticleErrors): void {
  for (const d of docs) {
    const e = errors[d.id];
    const kinds = (kind ? [kind] : (Object.keys(e) as (keyof ArticleErrors)[])).filter((k) => e[k].length);
    if (!kinds.length) continue;
    console.log(`\n## ${d.corpus}/${d.id} (published ${d.dct})`);
    for (const k of kinds) for (const line of e[k]) console.log(`  ${k}: ${line}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const docs = loadMeantime(requireBenchmark('meantime'));
  const bench: BenchDoc[] = docs.map(({ id, corpus, text, sentences, dct }) => ({ id, corpus, text, sentences, dct }));
  const errorsOnly = args.includes('--errors-only');
  const only = opt('--only') as SystemName | undefined;
  const errorSystem = (opt('--system') as SystemName | undefined) ?? only ?? 'ours';
  const systems = errorsOnly ? [errorSystem] : only ? [only] : SYSTEMS;
  const runs = await runAll(bench, systems);
  const scores = {} as Record<SystemName, Scores>;
  const fig = {} as Record<SystemName, Figures>;
  for (const s of systems) {
    scores[s] = evaluate(docs, runs.get(s)!.predictions, COVERS[s]);
    fig[s] = figures(scores[s]);
  }
  if (args.includes('--errors') || errorsOnly) printErrors(scores[errorSystem].errors, docs, opt('--kind') as keyof ArticleErrors | undefined);
  if (errorsOnly) return; // one system, nothing written: for rule work
  if (only) {
    printTable(fig, docs, [only]);
    return; // one system's table, nothing written: for rule work
  }
  printTable(fig, docs, SYSTEMS);
  for (const s of SYSTEMS) {
    const failures = Object.values(runs.get(s)!.predictions).reduce((n, p) => n + (p.failures ?? 0), 0);
    if (failures) console.log(`note: ${s} threw on ${failures} sentence calls (scored as finding nothing there)`);
  }
  console.log(`\ntimes (s, machine shared): ${SYSTEMS.map((s) => `${s} ${(runs.get(s)!.ms / 1000).toFixed(1)}`).join(', ')}`);
  const file = path.join(REPO_ROOT, 'output', 'bench', 'accuracy.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(fig, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), file)}`);
}

await main();

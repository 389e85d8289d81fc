/**
 * npm run bench:reconcile: the reconciler measured.
 *
 * 1. ECB+ incident topics: the whole pipeline over the 360 articles of the 16 incident topics,
 *    each article in the reconciled incident of its main incident, scored against the gold
 *    sub-topics (all topics together) beside the type-and-month baseline: pairwise and B-cubed.
 * 2. The reconciler alone on synthetic sets of 10,000 and 100,000 records, each in a process of
 *    its own: records/s, the growth ratio of the times (10× the records), peak memory.
 *
 * Prints a table and writes output/bench/reconcile.json. Options: --skip-synthetic,
 * --sizes 10000,100000, --errors (list split and mixed gold clusters).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, requireBenchmark } from '../lib/data.ts';
import { assessEcbPlus, keyFigures, type EcbReport, type Scores } from './assess.ts';

interface Timing {
  bcubed: { precision: number; recall: number; f1: number };
  records: number;
  incidents: number;
  reconciled: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function timeSynthetic(n: number): Timing {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'reconcile', 'timing.ts'), String(n)], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Timing;
}

const f3 = (x: number) => x.toFixed(3);
const row = (name: string, s: Scores) =>
  `${name.padEnd(22)} ${f3(s.bcubed.precision)}  ${f3(s.bcubed.recall)}  ${f3(s.bcubed.f1)}   ${f3(s.pairwise.precision)}  ${f3(s.pairwise.recall)}  ${f3(s.pairwise.f1)}   ${String(s.falseMerges.sameTopic).padStart(5)} ${String(s.falseMerges.crossTopic).padStart(5)}`;

function printEcb(r: EcbReport): void {
  console.log(`ECB+ incident topics: ${r.documents} articles, ${r.goldClusters} gold incidents (sub-topics); ${r.failed} failed; ${r.withoutIncident} articles yield no incident (singletons); pipeline ${r.pipelineSeconds} s`);
  console.log(`${''.padEnd(22)} B-cubed                 pairwise                false-merged pairs`);
  console.log(`${''.padEnd(22)} P      R      F1        P      R      F1        same-topic cross-topic`);
  console.log(row('factwire', r.ours));
  console.log(row('baseline type+month', r.baseline));
  console.log(`test topics ${['37', '38', '41'].join(', ')} (${r.testTopics.documents} articles):`);
  console.log(row('  factwire', r.testTopics.ours));
  console.log(row('  baseline type+month', r.testTopics.baseline));
  if (flag('--errors')) {
    console.log('\ngold incidents split over several of ours (sizes of the pieces):');
    for (const s of r.splits) console.log(`  ${s.gold.padEnd(12)} ${s.pieces.join(' + ')}`);
    console.log('our incidents holding several gold incidents:');
    for (const m of r.mixes) console.log(`  ${m.incident}: ${Object.entries(m.gold).map(([g, n]) => `${g}×${n}`).join(', ')}`);
  }
}

const report: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), command: 'npm run bench:reconcile' };
const ecb = await assessEcbPlus(requireBenchmark('ecbplus'));
printEcb(ecb);
Object.assign(report, {
  ours: { bcubedF1: ecb.ours.bcubed.f1, bcubedPrecision: ecb.ours.bcubed.precision, bcubedRecall: ecb.ours.bcubed.recall, pairwiseF1: ecb.ours.pairwise.f1, pairwisePrecision: ecb.ours.pairwise.precision, pairwiseRecall: ecb.ours.pairwise.recall, falseMerges: ecb.ours.falseMerges },
  baseline: { bcubedF1: ecb.baseline.bcubed.f1, bcubedPrecision: ecb.baseline.bcubed.precision, bcubedRecall: ecb.baseline.bcubed.recall, pairwiseF1: ecb.baseline.pairwise.f1, falseMerges: ecb.baseline.falseMerges },
  testTopics: { documents: ecb.testTopics.documents, oursBcubedF1: ecb.testTopics.ours.bcubed.f1, baselineBcubedF1: ecb.testTopics.baseline.bcubed.f1 },
  documents: ecb.documents,
  withoutIncident: ecb.withoutIncident,
  keyFigures: keyFigures(ecb),
});

if (!flag('--skip-synthetic')) {
  const sizes = (option('--sizes') ?? '10000,100000').split(',').map(Number);
  console.log(`\nreconciler alone on synthetic records (each size in its own process; the machine may be shared, so times are noisy):`);
  const timings = sizes.map((n) => {
    const t = timeSynthetic(n);
    console.log(`  ${String(t.records).padStart(7)} records (${t.incidents} incidents → ${t.reconciled}): ${t.seconds} s, ${t.recordsPerSecond} records/s, peak RSS ${t.peakRssMb} MB; B-cubed P ${f3(t.bcubed.precision)} R ${f3(t.bcubed.recall)} F1 ${f3(t.bcubed.f1)}`);
    return t;
  });
  const growthRatio = timings.length > 1 ? Math.round((timings[timings.length - 1].seconds / timings[0].seconds) * 100) / 100 : null;
  if (growthRatio !== null) console.log(`  growth ratio ${sizes[0]} → ${sizes[sizes.length - 1]} records: ${growthRatio} (time ×${growthRatio} for records ×${sizes[sizes.length - 1] / sizes[0]}; target ≤ 12)`);
  Object.assign(report, { synthetic: timings, growthRatio, peakRssMb: Math.max(...timings.map((t) => t.peakRssMb)) });
}

const file = path.join(REPO_ROOT, 'output', 'bench', 'reconcile.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${path.relative(REPO_ROOT, file)}`);

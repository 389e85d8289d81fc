/**
 * Times the reconciler alone on a synthetic set of `n` records (argv[2]), in a process of its
 * own so that its peak memory is its own. Prints one JSON line, with the B-cubed scores of the
 * clustering against the invented incidents (the set's truth), computed after the clock stops.
 */
import { reconcile } from '../../src/reconcile/index.ts';
import { bcubed } from './score.ts';
import { syntheticRecords } from './synthetic.ts';

const n = Number(process.argv[2] ?? 10_000);
const { records, texts, truth } = syntheticRecords(n);
const incidents = records.reduce((s, r) => s + r.incidents.length, 0);
const before = process.memoryUsage();
const t = performance.now();
const out = reconcile(records, { textOf: (id) => texts.get(id) });
const ms = performance.now() - t;
const after = process.memoryUsage();
// accuracy at scale, after the clock: every per-article incident against the invented one it tells
const accuracy = bcubed(out.flatMap((inc) => inc.members.map((m) => ({ doc: `${m.article}#${m.incident}`, gold: String(truth.get(`${m.article}#${m.incident}`)), predicted: inc.id }))));
const mb = (b: number) => Math.round(b / 1048576);
console.log(
  JSON.stringify({
    records: n,
    incidents,
    reconciled: out.length,
    seconds: Math.round(ms) / 1000,
    recordsPerSecond: Math.round(n / (ms / 1000)),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    inputHeapMb: mb(before.heapUsed),
    heapAfterMb: mb(after.heapUsed),
    bcubed: { precision: accuracy.precision, recall: accuracy.recall, f1: accuracy.f1 },
  }),
);

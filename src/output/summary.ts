/** The end-of-run summary a person reads: counts, facts by kind, errors by reason, throughput, where the outputs are. */
import path from 'node:path';
import type { Manifest } from '../schema/index.ts';

export function summaryLines(m: Manifest, out: string): string[] {
  const c = m.counts;
  const cached = c.cached ? ` (${c.cached} from the cache)` : '';
  const reconciled = m.outputs?.incidents === null ? 'not reconciled: a shard' : `${c.reconciledIncidents} after reconciling`;
  const lines = [
    `factwire: ${c.articles} articles, ${c.incidents} incidents (${reconciled}), ${c.failed} failed${cached}, in ${(m.timings.totalMs / 1000).toFixed(1)} s`,
    `facts: ${Object.entries(c.facts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  const reasons = Object.entries(c.errorsByReason ?? {});
  if (reasons.length) lines.push(`errors: ${reasons.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (m.throughput) lines.push(`throughput: ${m.throughput.articlesPerSecond} articles/s, ${m.throughput.kilobytesPerSecond} KB/s with ${m.throughput.workers || 'no'} worker thread${m.throughput.workers === 1 ? '' : 's'}`);
  const o = m.outputs;
  const where = o ? [o.records, o.text, o.incidents, o.manifest].filter(Boolean).join(', ') : 'records/, text/, incidents.jsonl, manifest.json';
  lines.push(`outputs in ${path.join(out, '/')} (${where})`);
  return lines;
}

/** Time per stage, for `--profile` (milliseconds summed over articles; workers run in parallel). */
export function profileLines(m: Manifest): string[] {
  const t = m.timings;
  const stages = Object.entries(t).filter(([k]) => k !== 'totalMs' && k !== 'extractMs');
  const sum = stages.reduce((s, [, v]) => s + v, 0);
  return [
    'time per stage (ms, summed over articles):',
    ...stages.map(([k, v]) => `  ${k.replace(/Ms$/, '').padEnd(10)} ${v.toFixed(0).padStart(9)}  ${sum ? ((100 * v) / sum).toFixed(1).padStart(5) : '0.0'}%`),
    `  ${'wall'.padEnd(10)} ${t.totalMs.toFixed(0).padStart(9)}`,
  ];
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { ReconciledIncident } from '../../schema/index.ts';

async function readIncidents(out: string): Promise<ReconciledIncident[]> {
  const text = await readFile(path.join(out, 'incidents.jsonl'), 'utf8');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReconciledIncident);
}

/** The incidents an argument names: an incident id, else those holding an article id. */
export function findIncidents(all: ReconciledIncident[], key: string): ReconciledIncident[] {
  const exact = all.filter((r) => r.id === key);
  if (exact.length) return exact;
  return all.filter((r) => r.members.some((m) => m.article === key || `${m.article}#${m.incident}` === key));
}

export function formatExplanation(r: ReconciledIncident): string {
  const merged = r.explanation.filter((s) => !/^(?:Kept apart|Reported by one)/.test(s));
  const single = r.explanation.filter((s) => /^Reported by one/.test(s));
  const apart = r.explanation.filter((s) => /^Kept apart/.test(s));
  const lines = [`${r.id}: ${r.type}, ${r.members.length} report(s)`, '', 'Members:'];
  for (const m of r.members) lines.push(`  ${m.article} (${m.mention} incident ${m.incident})${m.copyOf ? `, a copy of ${m.copyOf}` : ''}`);
  lines.push('', 'Why these reports are one incident:');
  for (const s of [...single, ...merged]) lines.push(`  - ${s}`);
  if (apart.length) {
    lines.push('', 'Why the nearest other incidents were kept apart:');
    for (const s of apart) lines.push(`  - ${s}`);
  }
  if (r.disagreements.length) {
    lines.push('', 'Where the reports disagree:');
    for (const d of r.disagreements) {
      lines.push(`  ${d.field}: ${d.values.map((v) => `${v.value} (${v.sources.join(', ')})`).join(' | ')}`);
      lines.push(`    preferred ${d.preferred}: ${d.reason}`);
    }
  }
  return lines.join('\n');
}

export function explainCommand(): Command {
  return new Command('explain')
    .description('Say why the reports of a reconciled incident were merged, and why near ones were kept apart.')
    .argument('<incident-id>', 'an id from incidents.jsonl, or an article id to show the incident(s) it is part of')
    .option('-o, --out <dir>', 'run output folder holding incidents.jsonl', 'output')
    .option('--json', 'print the incident itself as JSON')
    .addHelpText(
      'after',
      `
Each "joins" line names the evidence on both sides (same vehicle, dates, places, people, counts,
distinctive words, near-identical wording) with the points it adds or takes away; a pair merges
at 3 points when no hard rule keeps it apart (one article's two incidents, two vehicles of one
family, two different sole vehicles).

Examples:
  factwire explain leak-progress-ms-37-2026-03-21
  factwire explain ships/isle-of-carra-fire-broadsheet --out output`,
    )
    .action(async (key: string, opts: { out: string; json?: boolean }) => {
      let all: ReconciledIncident[];
      try {
        all = await readIncidents(opts.out);
      } catch (e) {
        console.error(`error: cannot read ${path.join(opts.out, 'incidents.jsonl')}: ${(e as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const found = findIncidents(all, key);
      if (!found.length) {
        const near = all.filter((r) => r.id.includes(key) || key.includes(r.id.split('-')[0])).slice(0, 5);
        console.error(`error: no incident or article "${key}" in ${opts.out}/incidents.jsonl${near.length ? `; did you mean: ${near.map((r) => r.id).join(', ')}` : ''}`);
        process.exitCode = 1;
        return;
      }
      console.log(opts.json ? found.map((r) => JSON.stringify(r, null, 2)).join('\n') : found.map(formatExplanation).join('\n\n'));
    });
}

import { Command } from 'commander';
import { runCorpus } from '../../pipeline/run.ts';

export function runCommand(): Command {
  return new Command('run')
    .description('Extract incident records from every article of the corpus folders and reconcile them.')
    .argument('[corpus...]', 'corpus folders or files (.txt, .html, .htm, .json, with optional <id>.meta.json sidecars)', ['corpus'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Writes:
  <out>/records/<id>.json   one record per article (incidents with evidence)
  <out>/text/<id>.txt       the cleaned text the evidence offsets point into
  <out>/incidents.jsonl     one reconciled incident per line
  <out>/manifest.json       counts, per-article errors, timings, versions

Exit status: 0 when every article was processed, 2 when some failed (see manifest errors).

Examples:
  factwire run                          # corpus/ → output/
  factwire run saved/ more/ --out runs/today
  factwire run corpus/iss-coolant-leak.txt --out /tmp/one`,
    )
    .action(async (corpus: string[], opts: { out: string; quiet?: boolean }) => {
      const { manifest } = await runCorpus({ corpus, out: opts.out });
      const c = manifest.counts;
      if (!opts.quiet) {
        console.log(`factwire: ${c.articles} articles, ${c.incidents} incidents (${c.reconciledIncidents} after reconciling), ${c.failed} failed, in ${(manifest.timings.totalMs / 1000).toFixed(1)} s`);
        console.log(`facts: ${Object.entries(c.facts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        console.log(`outputs in ${opts.out}/ (records/, text/, incidents.jsonl, manifest.json)`);
      }
      for (const e of manifest.errors) console.error(`error: ${e.file}: ${e.code}: ${e.message}`);
      if (c.failed > 0) process.exitCode = 2;
    });
}

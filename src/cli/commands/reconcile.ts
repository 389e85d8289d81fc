import path from 'node:path';
import { Command } from 'commander';
import { writeLinesAtomic } from '../../output/write.ts';
import { jsonLines, reconcileDirs, type RecordProblem } from '../../reconcile/index.ts';

export function reconcileCommand(): Command {
  return new Command('reconcile')
    .description('Reconcile the records of one or more earlier runs into incidents.jsonl, without extracting again.')
    .argument('<records-dir...>', 'run output folders (holding records/ and text/) or records/ folders')
    .option('-o, --out <dir>', 'folder to write incidents.jsonl into', 'output')
    .option('-q, --quiet', 'print nothing but problems')
    .addHelpText(
      'after',
      `
Reads every <dir>/records/**.json (and <dir>/text/<id>.txt when present), clusters the incidents
of all folders into real-world incidents and writes <out>/incidents.jsonl. The result does not
depend on the order of the folders or of their files, and reconciling shards of a corpus gives
the same bytes as one run over all of it. An article id found in two folders: the folder given
last wins (new records replace older ones). A file that is not a record is reported and skipped.

Exit status: 0, or 2 when some files were skipped.

Examples:
  factwire reconcile runs/monday runs/tuesday --out runs/week
  factwire reconcile output new-output --out output     # new records into an earlier run
  factwire explain <incident-id> --out runs/week        # why an incident was merged`,
    )
    .action(async (dirs: string[], opts: { out: string; quiet?: boolean }) => {
      const problems: RecordProblem[] = [];
      const started = performance.now();
      const incidents = await reconcileDirs(dirs, { onProblem: (p) => problems.push(p) });
      await writeLinesAtomic(path.join(opts.out, 'incidents.jsonl'), jsonLines(incidents));
      const members = incidents.reduce((n, i) => n + i.members.length, 0);
      if (!opts.quiet) {
        console.log(`factwire: ${members} incidents of ${dirs.length} folder(s) → ${incidents.length} reconciled, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        console.log(`wrote ${path.join(opts.out, 'incidents.jsonl')}`);
      }
      for (const p of problems) console.error(`skipped: ${p.file}: ${p.message}`);
      if (problems.some((p) => !/later folder's record is used/.test(p.message))) process.exitCode = 2;
    });
}

import { Command } from 'commander';
import { blessDirs, diffDirs, formatDiffs } from '../../golden/dirs.ts';

export function diffCommand(): Command {
  return new Command('diff')
    .description('Compare a run\'s records with golden records, field by field (exit 0 equal, 1 different).')
    .argument('<actual-dir>', 'output folder of a run (holds records/ and incidents.jsonl)')
    .argument('<golden-dir>', 'golden folder with the same layout')
    .option('--update', 'rewrite the golden folder from the run (bless the current output)')
    .option('--json', 'print the differences as JSON')
    .addHelpText(
      'after',
      `
Lines read: "+ path: value" added in the run, "- path: value" missing from the run,
"~ path: golden → run" changed. Paths name incidents and facts by id/name/text.

Examples:
  factwire diff output test/golden
  factwire diff output test/golden --update   # accept the run as the new golden`,
    )
    .action(async (actual: string, golden: string, opts: { update?: boolean; json?: boolean }) => {
      const diffs = await diffDirs(actual, golden);
      if (opts.update) {
        await blessDirs(actual, golden);
        console.log(`golden updated from ${actual} (${diffs.length} file(s) had differences)`);
        return;
      }
      console.log(opts.json ? JSON.stringify(diffs, null, 2) : formatDiffs(diffs));
      process.exitCode = diffs.length ? 1 : 0;
    });
}

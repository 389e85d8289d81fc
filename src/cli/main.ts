/**
 * The `factwire` command line. Each command lives in ./commands/<name>.ts and is registered
 * here, in the order `--help` lists them.
 */
import { Command } from 'commander';
import { TOOL_VERSION } from '../pipeline/version.ts';
import { diffCommand } from './commands/diff.ts';
import { evalCommand } from './commands/eval.ts';
import { reportCommand } from './commands/report.ts';
import { explainCommand } from './commands/explain.ts';
import { reconcileCommand } from './commands/reconcile.ts';
import { runCommand } from './commands/run.ts';
import { schemaCommand } from './commands/schema.ts';

const program = new Command()
  .name('factwire')
  .description('Turns saved news articles into evidence-backed incident records, and merges what several sources report.')
  .version(TOOL_VERSION)
  .showHelpAfterError('(add --help for usage and examples)');

for (const make of [runCommand, reconcileCommand, explainCommand, diffCommand, evalCommand, reportCommand, schemaCommand]) program.addCommand(make());

await program.parseAsync(process.argv);

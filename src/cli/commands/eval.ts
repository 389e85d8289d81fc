import { Command } from 'commander';
import { evaluate, formatErrors, formatReport } from '../../eval/index.ts';

export function evalCommand(): Command {
  return new Command('eval')
    .description('Score a run against hand-made annotations: precision, recall and F1 per field.')
    .argument('<out-dir>', 'output folder of a run (records/ and incidents.jsonl)')
    .requiredOption('-g, --gold <dir>', 'annotation folder: <article-id>.json files in the record shape, evidence optional')
    .option('--errors', 'also print every miss and false hit, by article and field')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Matching is lenient (see README, "Scoring"): vehicles by name or alias, people by surname
(one edit or a transliteration variant), dates at the gold's granularity, free text by
content-word overlap. Missed background incidents cost nothing.

Examples:
  factwire eval output --gold test/annotations
  factwire eval output --gold my-gold/ --errors`,
    )
    .action(async (out: string, opts: { gold: string; errors?: boolean; json?: boolean }) => {
      const report = await evaluate(out, opts.gold);
      if (opts.json) console.log(JSON.stringify(opts.errors ? report : { ...report, errors: undefined }, null, 2));
      else {
        console.log(formatReport(report));
        if (opts.errors) console.log(`\n${formatErrors(report.errors)}`);
      }
    });
}

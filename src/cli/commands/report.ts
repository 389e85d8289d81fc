import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { buildReport } from '../../report/index.ts';

/** The command that opens a file in the desktop's default program, per platform. */
export function openerFor(platform: NodeJS.Platform, file: string): [string, string[]] {
  const url = pathToFileURL(path.resolve(file)).href;
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

function openInBrowser(file: string): void {
  const [cmd, args] = openerFor(process.platform, file);
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', (e) => console.error(`report: could not open a browser (${cmd}: ${e.message}); open ${pathToFileURL(path.resolve(file)).href} yourself`));
  child.unref();
}

export function reportCommand(): Command {
  return new Command('report')
    .description('Write a static review site of a run: overview, article pages with highlighted evidence, incident pages, golden diff.')
    .argument('<out-dir>', 'output folder of a run (holds records/, text/, incidents.jsonl, manifest.json)')
    .option('--golden <dir>', 'golden folder to show differences against (as factwire diff)')
    .option('--open', 'open the overview in the default browser when done')
    .addHelpText(
      'after',
      `
Writes <out-dir>/report/index.html, report/articles/*.html and report/incidents/*.html.
The pages need no server and no network (open them from disk), run no script, and give the
same bytes for the same run. Files of the run that cannot be read are listed on the overview.

Exit status: 0 written, 1 when <out-dir> does not exist, 2 written but some files were skipped.

Examples:
  factwire report output
  factwire report output --golden test/golden --open`,
    )
    .action(async (out: string, opts: { golden?: string; open?: boolean }) => {
      if (!existsSync(out)) {
        console.error(`report: output folder not found: ${out} (run factwire run first)`);
        process.exitCode = 1;
        return;
      }
      const r = await buildReport(out, { golden: opts.golden });
      console.log(`report: ${r.pages} pages (${r.articles} articles, ${r.incidents} incidents) in ${r.dir}/`);
      console.log(`open ${pathToFileURL(path.resolve(r.index)).href}`);
      for (const p of r.problems) console.error(`skipped: ${p.file}: ${p.message}`);
      if (r.problems.length) process.exitCode = 2;
      if (opts.open) openInBrowser(r.index);
    });
}

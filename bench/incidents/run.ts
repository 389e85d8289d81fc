/**
 * `npm run bench:incidents [-- --errors]`: the pipeline over the incidents-dev benchmark,
 * scored with `factwire eval`'s rules. Prints the table (and every miss and false hit with
 * --errors) and writes output/bench/incidents.json; --raise-floors raises bench/incidents/floors.json
 * to the reached figures (never lowers one); --keep <dir> keeps the run's records and texts
 * (benchmark-derived: keep them under output/, which git ignores).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../lib/data.ts';
import { formatErrors, formatReport } from '../../src/eval/index.ts';
import { raiseFloors } from './floors.ts';
import { keyFigures, scoreIncidents } from './score.ts';

const keep = process.argv.indexOf('--keep');
const keepOut = keep > 0 ? path.resolve(process.argv[keep + 1] ?? path.join(REPO_ROOT, 'output', 'bench', 'incidents-run')) : undefined;
const { report, failed } = await scoreIncidents(undefined, keepOut);
if (keepOut) console.log(`run outputs kept in ${keepOut}`);
console.log(`incidents-dev (${report.articles} articles${failed ? `, ${failed} failed` : ''})`);
console.log(formatReport(report));
if (process.argv.includes('--errors')) console.log(`\n${formatErrors(report.errors)}`);
const file = path.join(REPO_ROOT, 'output', 'bench', 'incidents.json');
await mkdir(path.dirname(file), { recursive: true });
// Nested, so the stable paths read incidents.f1, fields.<name>.f1, macroF1, reconcile.f1.
await writeFile(file, `${JSON.stringify({ benchmark: 'incidents-dev', ...report, errors: undefined }, null, 2)}\n`);
console.log(`figures in ${path.relative(process.cwd(), file)}`);
if (process.argv.includes('--raise-floors')) {
  const changed = await raiseFloors(keyFigures(report));
  console.log(changed.length ? `floors raised:\n  ${changed.join('\n  ')}` : 'floors unchanged');
}

/**
 * A small run for the report tests (unit and browser): the seed article and a hostile article
 * whose file name, metadata and text carry script payloads, run through the real pipeline; a
 * golden folder blessed from that run with the seed's record deliberately changed; and the
 * report built from both.
 *
 * The hostile article is our own prose about a fictional tug fire. Its payloads sit inside the
 * evidence spans the pipeline finds (a cause clause holds an <iframe>, a consequence clause an
 * <img onerror>), so they reach the highlighted text, the tooltips and the fact lists.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blessDirs } from '../../src/golden/dirs.ts';
import { runCorpus } from '../../src/pipeline/run.ts';
import { buildReport, type ReportResult } from '../../src/report/index.ts';
import type { ArticleRecord, ReconciledIncident } from '../../src/schema/index.ts';

export const SEED_ID = 'iss-coolant-leak';
/** Quotes and angle brackets in the file name itself: the article id is hostile too. */
export const HOSTILE_ID = 'hostile/tug"><img src=x onerror=window.__pwned=1>';

export const HOSTILE_TEXT = `Tug fire <script>window.__pwned = 'headline'</script> off Port Ellis

A fire broke out aboard the tug MV Harbour Wren <img src=x onerror="window.__pwned='img'"> near Port Ellis on Tuesday, the operator Ellis Towage said. The blaze was caused by an electrical fault <iframe src="javascript:window.__pwned='iframe'"></iframe> in the engine room, according to harbour master Tomas Reyes.

Crew member <b onmouseover="window.__pwned='hover'">Ana Ruiz</b> said the smoke was "thick </mark><script>window.__pwned='mark'</script>" before the crew of the MV Harbour Wren escaped. Read more at <a href="javascript:window.__pwned='link'">this link</a> " data-x="1 <style>body{display:none}</style>. All six crew were rescued, and the harbour was closed for four hours.
`;

export const HOSTILE_META = {
  title: `</title><script>window.__pwned='title'</script><img src=x onerror="window.__pwned='title-img'">`,
  source: `"><svg onload="window.__pwned='source'">`,
  url: `javascript:window.__pwned='url'`,
  published: '2026-04-02',
};

export interface FixtureSite {
  corpus: string;
  out: string;
  golden: string;
  report: ReportResult;
}

const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * The deliberate changes to the seed's golden record: the run will read as one changed date
 * role, one added person and one removed location.
 */
function changeGolden(rec: ArticleRecord): ArticleRecord {
  const inc = rec.incidents[0];
  const date = inc.dates.find((d) => d.role === 'occurred')!;
  date.role = 'reported';
  inc.people.shift();
  inc.locations.push({ name: 'Baikonur', evidence: [{ start: 0, end: 1, quote: 'A' }], ruleId: 'location.gazetteer' });
  return rec;
}

/**
 * The deliberate change to the golden incidents.jsonl: the seed's main reconciled incident had
 * another type and no people, so its page reads one changed field and added people.
 */
function changeGoldenIncident(inc: ReconciledIncident): ReconciledIncident {
  if (!inc.members.some((m) => m.article === SEED_ID && m.mention === 'main')) return inc;
  return { ...inc, type: 'leak', people: [] };
}

export async function buildFixtureSite(): Promise<FixtureSite> {
  const corpus = await mkdtemp(path.join(tmpdir(), 'factwire-report-corpus-'));
  for (const f of [`${SEED_ID}.txt`, `${SEED_ID}.meta.json`]) await copyFile(path.join(REPO, 'corpus', f), path.join(corpus, f));
  await mkdir(path.join(corpus, 'hostile'));
  await writeFile(path.join(corpus, `${HOSTILE_ID}.txt`), HOSTILE_TEXT);
  await writeFile(path.join(corpus, `${HOSTILE_ID}.meta.json`), JSON.stringify(HOSTILE_META));

  const out = await mkdtemp(path.join(tmpdir(), 'factwire-report-out-'));
  const { manifest } = await runCorpus({ corpus: [corpus], out });
  if (manifest.errors.length) throw new Error(`fixture run failed: ${JSON.stringify(manifest.errors)}`);

  const golden = await mkdtemp(path.join(tmpdir(), 'factwire-report-golden-'));
  await blessDirs(out, golden);
  const seedFile = path.join(golden, 'records', `${SEED_ID}.json`);
  await writeFile(seedFile, JSON.stringify(changeGolden(JSON.parse(await readFile(seedFile, 'utf8'))), null, 2));
  const jsonl = path.join(golden, 'incidents.jsonl');
  const lines = (await readFile(jsonl, 'utf8')).split('\n').filter(Boolean).map((l) => changeGoldenIncident(JSON.parse(l)));
  await writeFile(jsonl, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));

  const report = await buildReport(out, { golden });
  return { corpus, out, golden, report };
}

export async function readRecord(out: string, id: string): Promise<ArticleRecord> {
  return JSON.parse(await readFile(path.join(out, 'records', `${id}.json`), 'utf8'));
}

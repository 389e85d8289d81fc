/**
 * `factwire report` from the command line, on a run with failed articles: exit status, the
 * printed location, error groups with advice on the overview, and a page per failed article.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { openerFor } from '../../src/cli/commands/report.ts';
import { ADVICE } from '../../src/report/data/advice.ts';
import { articleHref } from '../../src/report/paths.ts';
import { runInTemp } from '../pipeline/run-corpus.ts';

const exec = promisify(execFile);
const factwire = (...args: string[]) => exec('node', ['bin/factwire.js', ...args]).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

let out = '';
beforeAll(async () => {
  const corpus = await mkdtemp(path.join(tmpdir(), 'factwire-report-cli-'));
  await mkdir(path.join(corpus, 'sub'));
  await writeFile(path.join(corpus, 'good.txt'), 'Ferry fire off Tarn\n\nA fire broke out on the ferry MV Isle of Tarn on Tuesday, the operator said. All 80 passengers were evacuated.');
  await writeFile(path.join(corpus, 'good.meta.json'), JSON.stringify({ source: 'Test', published: '2024-03-07' }));
  await writeFile(path.join(corpus, 'empty.txt'), '');
  await writeFile(path.join(corpus, 'sub', 'broken.json'), '{"text": "unterminated');
  await writeFile(path.join(corpus, 'notes.docx'), 'PK');
  out = (await runInTemp([corpus])).out;
}, 60_000);

describe('factwire report', () => {
  it('writes the site, prints where, and shows each error group with what to do', async () => {
    const r = await factwire('report', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/report: \d+ pages \(3 articles, 1 incidents\)/);
    expect(r.stdout).toContain(`file://${path.resolve(out, 'report', 'index.html')}`);
    const $ = cheerio.load(await readFile(path.join(out, 'report', 'index.html'), 'utf8'));
    const groups = $('#problems .note.error h3').map((_, el) => $(el).text()).get();
    expect(groups).toEqual(expect.arrayContaining(['empty-file (1 file(s))', 'malformed-json (1 file(s))', 'unsupported-format (1 file(s))']));
    expect($('#problems').text()).toContain(ADVICE['malformed-json']);
    // a failed article links to its own page, which says what went wrong; a file with no article id is named
    expect($(`#problems a[href="${articleHref('sub/broken', 0)}"]`)).toHaveLength(1);
    const failed = cheerio.load(await readFile(path.join(out, 'report', articleHref('sub/broken', 0)), 'utf8'));
    expect(failed('.note.error').text()).toContain('malformed-json');
    expect(failed('.note.error').text()).toContain(ADVICE['malformed-json']);
    expect($('#problems').text()).toContain('notes.docx');
  }, 60_000);

  it('exits 1 when the output folder does not exist', async () => {
    const r = await factwire('report', path.join(out, 'nope'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output folder not found/);
  }, 60_000);

  it('exits 2 and still writes the site when some files of the run are unusable', async () => {
    const damaged = await mkdtemp(path.join(tmpdir(), 'factwire-report-cli-damaged-'));
    await mkdir(path.join(damaged, 'records'));
    await writeFile(path.join(damaged, 'records', 'x.json'), 'nope');
    const r = await factwire('report', damaged);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped: records\/x\.json: not JSON/);
    expect(await readFile(path.join(damaged, 'report', 'index.html'), 'utf8')).toContain('records/x.json');
  }, 60_000);
});

describe('openerFor', () => {
  it('opens a file URL with the platform opener', () => {
    expect(openerFor('linux', '/tmp/r/index.html')).toEqual(['xdg-open', ['file:///tmp/r/index.html']]);
    expect(openerFor('darwin', '/tmp/r/index.html')[0]).toBe('open');
    expect(openerFor('win32', '/tmp/r/index.html')[1]).toContain('start');
  });
});

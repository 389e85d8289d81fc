import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRun } from '../../src/report/load.ts';
import { renderReport } from '../../src/report/index.ts';
import { adviceFor, DEFAULT_ADVICE } from '../../src/report/data/advice.ts';

/** A copy of the golden output (records + incidents.jsonl), then damaged file by file. */
let out = '';
let goldenRecords = 0;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'factwire-report-load-'));
  await cp('test/golden', out, { recursive: true });
  goldenRecords = ((await readdir(path.join(out, 'records'), { recursive: true })) as string[]).filter((f) => f.endsWith('.json')).length;
  await writeFile(path.join(out, 'records', 'broken.json'), '{"schemaVersion": ');
  await writeFile(path.join(out, 'records', 'wrong-shape.json'), JSON.stringify({ schemaVersion: '1.0.0', article: { id: 'x' } }));
  await writeFile(path.join(out, 'incidents.jsonl'), `${await readFile('test/golden/incidents.jsonl', 'utf8')}not json\n`);
});

describe('loading a damaged output folder: errors are data', () => {
  it('reports each unusable file with its reason and loads the rest', async () => {
    const run = await loadRun(out);
    const byFile = Object.fromEntries(run.problems.map((p) => [p.file, p.message]));
    expect(byFile['records/broken.json']).toMatch(/^not JSON/);
    expect(byFile['records/wrong-shape.json']).toMatch(/does not match the schema at article\./);
    expect(byFile['manifest.json']).toMatch(/^missing/);
    expect(Object.keys(byFile).some((f) => /^incidents\.jsonl:\d+$/.test(f))).toBe(true);
    expect(Object.keys(byFile).filter((f) => f.startsWith('text/')).length).toBe(run.articles.length); // no text/ in goldens
    expect(run.articles.length).toBe(goldenRecords); // every good record; the two damaged ones are extra
    expect(run.incidents.length).toBeGreaterThan(20);
    expect(run.manifest).toBeNull();
  });

  it('still renders every page, with the problems on the overview', async () => {
    const r = await renderReport(out);
    expect(r.articles).toBe(goldenRecords);
    expect(r.pages.get('index.html')).toContain('records/broken.json');
    expect([...r.pages.keys()].filter((p) => p.startsWith('articles/'))).toHaveLength(goldenRecords);
  });

  it('an empty folder gives an overview and no pages beyond it', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'factwire-report-empty-'));
    const r = await renderReport(empty);
    expect([...r.pages.keys()]).toEqual(['index.html']);
    await rm(empty, { recursive: true });
  });
});

describe('advice', () => {
  it('has specific advice for known codes and the generic one otherwise, own keys only', () => {
    expect(adviceFor('binary-file')).toMatch(/binary/);
    expect(adviceFor('some-new-code')).toBe(DEFAULT_ADVICE);
    expect(adviceFor('constructor')).toBe(DEFAULT_ADVICE);
    expect(adviceFor('__proto__')).toBe(DEFAULT_ADVICE);
  });
});

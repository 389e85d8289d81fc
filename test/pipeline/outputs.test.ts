/**
 * Properties of every output file: schema-valid, evidence quotes equal to the text they point
 * into, and the same bytes whatever the concurrency or the order of the corpus folders.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecord, Manifest, ReconciledIncident } from '../../src/schema/index.ts';
import { runInTemp } from './run-corpus.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

let out = '';
beforeAll(async () => {
  out = (await runInTemp(['corpus'])).out;
}, 120_000);

describe('run outputs', () => {
  it('every record, incidents.jsonl line and the manifest validate against the schemas', async () => {
    for (const f of await filesUnder(path.join(out, 'records'))) ArticleRecord.parse(JSON.parse(await readFile(path.join(out, 'records', f), 'utf8')));
    const lines = (await readFile(path.join(out, 'incidents.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) ReconciledIncident.parse(JSON.parse(l));
    Manifest.parse(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')));
  });

  it('every evidence quote is the slice of the cleaned text it points to', async () => {
    let checked = 0;
    for (const f of await filesUnder(path.join(out, 'records'))) {
      const rec = ArticleRecord.parse(JSON.parse(await readFile(path.join(out, 'records', f), 'utf8')));
      const text = await readFile(path.join(out, 'text', f.replace(/\.json$/, '.txt')), 'utf8');
      for (const inc of rec.incidents) {
        for (const kind of ['vehicles', 'dates', 'people', 'organizations', 'locations', 'causes', 'consequences'] as const) {
          for (const fact of inc[kind]) {
            for (const e of fact.evidence) {
              expect(text.slice(e.start, e.end), `${f} ${kind}`).toBe(e.quote);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the same bytes at any concurrency and corpus order', async () => {
    const other = (await runInTemp(['corpus/space', 'corpus'], { workers: 0, io: 1 })).out;
    const second = (await runInTemp(['corpus'], { workers: 2, io: 16 })).out;
    for (const f of await filesUnder(out)) {
      if (f === 'manifest.json') continue; // timings live there, and only there
      expect(await readFile(path.join(second, f), 'utf8'), f).toBe(await readFile(path.join(out, f), 'utf8'));
    }
    expect((await filesUnder(other)).length).toBeGreaterThan(0);
  }, 120_000);
});

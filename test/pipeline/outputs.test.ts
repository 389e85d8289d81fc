/**
 * Properties of every output file: schema-valid, evidence quotes equal to the text they point
 * into, and the same bytes whatever the number of workers, the I/O concurrency, or the order
 * files are created and found in.
 */
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecord, Manifest, ReconciledIncident } from '../../src/schema/index.ts';
import { expectSameOutputs, filesUnder } from './files.ts';
import { runInTemp } from './run-corpus.ts';

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

  it('gives the same bytes with two worker threads as inline, at any I/O concurrency', async () => {
    const threaded = await runInTemp(['corpus'], { workers: 2, io: 16 });
    expect(threaded.manifest.throughput?.workers).toBe(2);
    expect(await expectSameOutputs(out, threaded.out)).toBeGreaterThan(90);
    const serial = await runInTemp(['corpus'], { io: 1 });
    await expectSameOutputs(out, serial.out);
  }, 180_000);

  it('gives the same bytes whatever order the files were created in', async () => {
    const names = (await readdir('corpus/ships')).sort();
    const forward = await mkdtemp(path.join(tmpdir(), 'factwire-order-a-'));
    const backward = await mkdtemp(path.join(tmpdir(), 'factwire-order-b-'));
    for (const n of names) await cp(path.join('corpus/ships', n), path.join(forward, 'ships', n));
    for (const n of [...names].reverse()) await cp(path.join('corpus/ships', n), path.join(backward, 'ships', n));
    const a = await runInTemp([forward]);
    const b = await runInTemp([backward], { io: 3 });
    expect(a.ids.length).toBe(names.filter((n) => !n.endsWith('.meta.json')).length);
    await expectSameOutputs(a.out, b.out);
  }, 120_000);
});

/**
 * The run's reconcile stage takes the profiles its workers built; they must be exactly those a
 * later `factwire reconcile` of the output folder builds from the record files, so both give the
 * same incidents.jsonl bytes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractTask, profilesOfJson } from '../../src/pipeline/task.ts';
import { reconcileDirs, toJsonl } from '../../src/reconcile/index.ts';
import { runInTemp } from './run-corpus.ts';

describe('reconcile stage', () => {
  it('gives the bytes a reconcile of the output folder gives', async () => {
    const run = await runInTemp(['corpus/rail', 'corpus/aircraft']);
    const written = await readFile(path.join(run.out, 'incidents.jsonl'), 'utf8');
    expect(written.length).toBeGreaterThan(0);
    expect(toJsonl(await reconcileDirs([run.out]))).toBe(written);
  }, 120_000);

  it('a task returns one profile per incident, keyed by article and incident', async () => {
    const file = 'corpus/iss-coolant-leak.txt';
    const r = runExtractTask({ input: { id: 'seed', file, bytes: await readFile(file) } });
    if (!r.ok) throw new Error(r.error.message);
    const record = JSON.parse(r.recordJson) as { incidents: { id: string }[] };
    expect(r.profiles.map((p) => p.key)).toEqual(record.incidents.map((i) => `seed#${i.id}`));
    expect(profilesOfJson(r.recordJson, r.text)).toEqual(r.profiles);
  });
});

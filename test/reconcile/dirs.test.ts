/** reconcileDirs: bad files are reported and skipped; a later folder's record replaces an earlier one. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcileDirs, type RecordProblem } from '../../src/reconcile/index.ts';
import { incident, record } from './fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function runDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factwire-run-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    const f = path.join(dir, 'records', name);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, body);
  }
  return dir;
}

describe('reconcileDirs', () => {
  it('reports a broken file and an invalid record, and goes on', async () => {
    const problems: RecordProblem[] = [];
    const dir = runDir({
      'good.json': JSON.stringify(record('good', [incident({ vehicles: ['Sea Lark'] })])),
      'broken.json': '{ not json',
      'wrong.json': JSON.stringify({ hello: 'world' }),
    });
    const out = await reconcileDirs([dir], { onProblem: (p) => problems.push(p) });
    expect(out.map((r) => r.members[0].article)).toEqual(['good']);
    expect(problems.map((p) => path.basename(p.file)).sort()).toEqual(['broken.json', 'wrong.json']);
  });

  it('the same article in two folders: the later folder wins, with a note', async () => {
    const problems: RecordProblem[] = [];
    const old = runDir({ 'a.json': JSON.stringify(record('a', [incident({ type: 'fire', vehicles: ['Sea Lark'] })])) });
    const fresh = runDir({ 'a.json': JSON.stringify(record('a', [incident({ type: 'grounding', vehicles: ['Sea Lark'] })])) });
    const out = await reconcileDirs([old, fresh], { onProblem: (p) => problems.push(p) });
    expect(out.map((r) => r.type)).toEqual(['grounding']);
    expect(problems[0].message).toMatch(/later folder's record is used/);
  });

  it('reads a records folder given directly, and an empty or missing folder gives nothing', async () => {
    const dir = runDir({ 'x/b.json': JSON.stringify(record('x/b', [incident({ vehicles: ['Sea Lark'] })])) });
    expect((await reconcileDirs([path.join(dir, 'records')])).length).toBe(1);
    expect(await reconcileDirs([path.join(dir, 'nowhere')])).toEqual([]);
  });
});

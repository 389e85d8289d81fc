/**
 * Order independence and shard merging (fast-check): the incidents.jsonl of a set of records is
 * the same bytes whatever the input order, and reconciling shards written to separate run folders
 * (`reconcileDirs`) gives the same bytes as one run over everything.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile, reconcileDirs, toJsonl } from '../../src/reconcile/index.ts';
import type { ArticleRecord } from '../../src/schema/index.ts';
import { incident, record } from './fixtures.ts';

/** A small invented world: incidents, each told by several articles with varying detail. */
const WORLD = [
  { type: 'leak', vehicle: 'Progress MS-50', day: '2027-03-21', place: 'Zvezda module', person: 'Dmitry Orlov', alt: 'Dmitri Orlov' },
  { type: 'leak', vehicle: 'Progress MS-51', day: '2027-05-21', place: 'Zvezda module', person: 'Pavel Kuzin', alt: 'Pavel Kuzinn' },
  { type: 'fire', vehicle: 'Isle of Brora', day: '2027-12-14', place: 'Sound of Brora', person: 'Mairi Dunn', alt: 'Dunn' },
  { type: 'fire', vehicle: 'Isle of Lunga', day: '2028-02-15', place: 'Oban', person: 'Ewan Roy', alt: 'Roy' },
  { type: 'earthquake', vehicle: null, day: '2027-07-02', place: 'Port Selin', person: 'Ilse Marten', alt: 'Marten' },
  { type: 'shooting', vehicle: null, day: '2027-09-10', place: 'Dalton Street', person: 'Noel Vance', alt: 'Vance' },
] as const;

const report = fc.record({
  world: fc.integer({ min: 0, max: WORLD.length - 1 }),
  monthOnly: fc.boolean(),
  altName: fc.boolean(),
  count: fc.integer({ min: 1, max: 20 }),
  background: fc.boolean(),
});

type Report = { world: number; monthOnly: boolean; altName: boolean; count: number; background: boolean };

function articlesOf(reports: Report[]): { records: ArticleRecord[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const records = reports.map((r, n) => {
    const w = WORLD[r.world];
    const id = `src${n % 3}/article-${String(n).padStart(3, '0')}`;
    const main = incident({
      id: 'main',
      type: w.type,
      vehicles: w.vehicle ? [w.vehicle] : [],
      occurred: [r.monthOnly ? w.day.slice(0, 7) : w.day],
      places: [w.place],
      people: [r.altName ? w.alt : w.person],
      consequences: [`${r.count} injured`],
    });
    const other = WORLD[(r.world + 1) % WORLD.length];
    const bg = incident({ id: 'bg', mention: 'background', type: other.type, vehicles: other.vehicle ? [other.vehicle] : [], occurred: [other.day.slice(0, 7)] });
    texts.set(id, `${w.type} near ${w.place}: ${r.count} injured, ${w.person} said. Report number ${n} on the ${w.type} and what followed, with words of its own ${'lorem '.repeat(n % 4)}`);
    return record(id, r.background ? [main, bg] : [main], { published: w.day, source: `outlet${n % 4}` });
  });
  return { records, texts };
}

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeShard(records: ArticleRecord[], texts: Map<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factwire-shard-'));
  tmp.push(dir);
  for (const r of records) {
    const f = path.join(dir, 'records', `${r.article.id}.json`);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, JSON.stringify(r));
    const t = path.join(dir, 'text', `${r.article.id}.txt`);
    mkdirSync(path.dirname(t), { recursive: true });
    writeFileSync(t, texts.get(r.article.id)!);
  }
  return dir;
}

describe('order independence and shard merging', () => {
  it('any order of the records gives the same bytes', () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 14 }), fc.infiniteStream(fc.nat()), (reports, seeds) => {
        const { records, texts } = articlesOf(reports);
        const once = toJsonl(reconcile(records, { textOf: (id) => texts.get(id) }));
        const it = seeds[Symbol.iterator]();
        const shuffled = records.map((r) => [it.next().value as number, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        expect(toJsonl(reconcile(shuffled, { textOf: (id) => texts.get(id) }))).toBe(once);
      }),
      { numRuns: 60 },
    );
  });

  it('shards reconciled from their run folders give the same bytes as one run', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(report, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 12 }), async (tagged) => {
        const { records, texts } = articlesOf(tagged.map(([r]) => r));
        const once = toJsonl(reconcile(records, { textOf: (id) => texts.get(id) }));
        const shards = [0, 1, 2].map((k) => writeShard(records.filter((_, n) => tagged[n][1] === k), texts));
        expect(toJsonl(await reconcileDirs(shards))).toBe(once);
        expect(toJsonl(await reconcileDirs([...shards].reverse()))).toBe(once);
      }),
      { numRuns: 15 },
    );
  });
});

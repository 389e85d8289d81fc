import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.ts';
import { SCHEMA_VERSION, type ArticleRecord, type Incident } from '../../src/schema/index.ts';

const ev = [{ start: 0, end: 1, quote: 'x' }];
function incident(id: string, type: string, vehicle: string, occurred?: string): Incident {
  return {
    id, type, mention: 'main', summary: `${type} on ${vehicle}`,
    vehicles: [{ name: vehicle, kind: 'spacecraft', aliases: [], evidence: ev, ruleId: 'r' }],
    dates: occurred ? [{ text: occurred, value: occurred, role: 'occurred', evidence: ev, ruleId: 'r' }] : [],
    people: [], organizations: [], locations: [], causes: [], consequences: [],
  };
}
function record(id: string, ...incidents: Incident[]): ArticleRecord {
  return { schemaVersion: SCHEMA_VERSION, article: { id, source: null, url: null, title: null, published: null }, incidents, diagnostics: [] };
}

describe('reconcile v1', () => {
  it('merges the same vehicle, type and date across articles, keeping sources', () => {
    const out = reconcile([record('a', incident('i1', 'coolant leak', 'Progress MS-21', '2023-02-11')), record('b', incident('i2', 'leak', 'Progress MS-21', '2023-02'))]);
    expect(out).toHaveLength(1);
    expect(out[0].members.map((m) => m.article)).toEqual(['a', 'b']);
    expect(out[0].vehicles[0].sources).toEqual(['a', 'b']);
    expect(out[0].explanation[0]).toMatch(/same vehicle \(Progress MS-21\)/);
  });
  it('never merges two vehicles of the same family', () => {
    expect(reconcile([record('a', incident('i1', 'leak', 'Progress MS-21')), record('b', incident('i2', 'leak', 'Progress MS-22'))])).toHaveLength(2);
  });
  it('never merges the same vehicle months apart', () => {
    expect(reconcile([record('a', incident('i1', 'leak', 'Soyuz MS-22', '2022-12-14')), record('b', incident('i2', 'leak', 'Soyuz MS-22', '2023-02-11'))])).toHaveLength(2);
  });
  it('does not depend on input order', () => {
    const rs = [record('a', incident('i1', 'leak', 'X-1', '2023-01-01')), record('b', incident('i2', 'leak', 'X-1')), record('c', incident('i3', 'fire', 'Y-2'))];
    expect(JSON.stringify(reconcile([...rs].reverse()))).toBe(JSON.stringify(reconcile(rs)));
  });
});

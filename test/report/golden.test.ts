import { describe, expect, it } from 'vitest';
import { diffValues } from '../../src/golden/diff.ts';
import { changesAt, countChanges, listKeys, placeChanges } from '../../src/report/golden.ts';
import type { Incident } from '../../src/schema/index.ts';

const ev = [{ start: 0, end: 1, quote: 'x' }];
const incident = (id: string, over: Partial<Incident> = {}): Incident => ({
  id,
  type: 'leak',
  mention: 'main',
  summary: 's',
  vehicles: [{ name: 'Progress MS-21', kind: 'spacecraft', aliases: [], evidence: ev, ruleId: 'v' }],
  dates: [{ text: 'Saturday', value: '2023-02-11', role: 'occurred', evidence: ev, ruleId: 'd' }],
  people: [{ name: 'Sergei Krikalev', variants: [], evidence: ev, ruleId: 'p' }],
  organizations: [],
  locations: [{ name: 'ISS', evidence: ev, ruleId: 'l' }],
  causes: [],
  consequences: [],
  ...over,
});
const record = (incidents: Incident[], title = 'T') => ({ article: { id: 'a', title }, incidents });

describe('placeChanges (changes from diffValues, the same as factwire diff)', () => {
  const golden = record([
    incident('leak-a', { dates: [{ text: 'Saturday', value: '2023-02-11', role: 'reported', evidence: ev, ruleId: 'd' }], people: [], locations: [{ name: 'ISS', evidence: ev, ruleId: 'l' }, { name: 'Baikonur', evidence: ev, ruleId: 'l' }] }),
    incident('leak-gone'),
  ], 'Old');
  const run = record([incident('leak-a'), incident('leak-new', { mention: 'background' })]);
  const changes = diffValues(golden, run);
  const placed = placeChanges(run.incidents, changes);

  it('puts a changed field on its fact', () => {
    expect(placed.incidents[0].facts.get('dates:0')?.map((c) => c.path)).toEqual(['incidents[leak-a].dates[Saturday=2023-02-11].role']);
  });
  it('puts an added fact on its fact, a removed one at the end of its kind', () => {
    expect(placed.incidents[0].facts.get('people:0')?.[0].op).toBe('added');
    expect(placed.incidents[0].removed.map((r) => [r.kind, r.change.path])).toEqual([['locations', 'incidents[leak-a].locations[Baikonur]']]);
  });
  it('marks an added incident as its own change, lists a removed incident apart, and keeps the rest', () => {
    expect(placed.incidents[1].own.map((c) => [c.op, c.path])).toEqual([['added', 'incidents[leak-new]']]);
    expect(placed.removedIncidents.map((c) => c.path)).toEqual(['incidents[leak-gone]']);
    expect(placed.other.map((c) => c.path)).toEqual(['article.title']);
  });
  it('places every change exactly once', () => {
    const all = [...placed.other, ...placed.removedIncidents, ...placed.incidents.flatMap((p) => [...p.own, ...[...p.facts.values()].flat(), ...p.removed.map((r) => r.change)])];
    expect(all).toHaveLength(changes.length);
    expect(new Set(all).size).toBe(changes.length);
  });
  it('leaves an unchanged fact without changes (negative case)', () => {
    expect(placed.incidents[0].facts.has('vehicles:0')).toBe(false);
    expect(placed.incidents[0].facts.has('locations:0')).toBe(false);
  });
});

describe('helpers', () => {
  it('listKeys numbers repeated identities as diffValues does', () => {
    expect(listKeys([{ name: 'A' }, { name: 'A' }, { text: 'x', value: '1' }])).toEqual(['A', 'A#2', 'x=1']);
  });
  it('changesAt matches a path and what is below it, not a longer sibling key', () => {
    const cs = ['a[K]', 'a[K].x', 'a[K][0]', 'a[K2]', 'a[K]x'].map((path) => ({ op: 'changed' as const, path, before: 1, after: 2 }));
    expect(changesAt(cs, 'a[K]').map((c) => c.path)).toEqual(['a[K]', 'a[K].x', 'a[K][0]']);
  });
  it('countChanges counts by operation', () => {
    expect(countChanges(diffValues({ a: 1, b: 2 }, { a: 2, c: 3 }))).toEqual({ added: 1, removed: 1, changed: 1, total: 3 });
  });
});

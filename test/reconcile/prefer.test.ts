import { describe, expect, it } from 'vitest';
import { consistentValues, specificity } from '../../src/reconcile/dates.ts';
import { disagreement } from '../../src/reconcile/prefer.ts';

const dates = { consistent: consistentValues, specificity };
const counts = { consistent: (a: string, b: string) => a === b, specificity: () => 0 };
const eachArticle = (xs: Iterable<string>) => new Set(xs).size;
const published: Record<string, string> = { a: '2026-01-01', b: '2026-01-02', c: '2026-01-03', d: '2026-01-04' };
const pub = (x: string) => published[x] ?? null;

describe('disagreement: every value kept, one preferred', () => {
  it('more independent sources win', () => {
    const r = disagreement([{ value: '2026-03-10', sources: ['a', 'b'] }, { value: '2026-03-12', sources: ['c'] }], dates, eachArticle, pub);
    expect(r?.preferred).toBe('2026-03-10');
    expect(r?.values.map((v) => [v.value, v.sources, v.independentSources])).toEqual([['2026-03-10', ['a', 'b'], 2], ['2026-03-12', ['c'], 1]]);
  });
  it('syndicated copies count once: two copies lose to two independent reports', () => {
    const copies = (xs: Iterable<string>) => new Set([...xs].map((x) => (x === 'b' ? 'a' : x))).size; // b is a copy of a
    const r = disagreement([{ value: '4', sources: ['a', 'b'] }, { value: '3', sources: ['c', 'd'] }], counts, copies, pub);
    expect(r?.preferred).toBe('3');
  });
  it('then the more specific value', () => {
    const r = disagreement([{ value: '2026-03-10T04:12+00:00', sources: ['a'] }, { value: '2026-03-11', sources: ['b'] }], dates, eachArticle, pub);
    expect(r?.preferred).toBe('2026-03-10T04:12+00:00');
  });
  it('then the more recent report', () => {
    const r = disagreement([{ value: '11', sources: ['a'] }, { value: '14', sources: ['d'] }], counts, eachArticle, pub);
    expect(r?.preferred).toBe('14');
  });
  it('a coarser value supports the finer one it holds', () => {
    const r = disagreement([{ value: '2026-03-10', sources: ['a'] }, { value: '2026-03', sources: ['b'] }, { value: '2026-04-02', sources: ['c'] }], dates, eachArticle, pub);
    expect(r?.preferred).toBe('2026-03-10');
    // "2026-03" cannot hold with 2026-04-02 either, so it is listed too; it supports 2026-03-10
    expect(r?.values.map((v) => [v.value, v.independentSources])).toEqual([['2026-03', 2], ['2026-03-10', 2], ['2026-04-02', 1]]);
  });

  it('no disagreement when values differ only by granularity', () => {
    expect(disagreement([{ value: '2026-03', sources: ['a'] }, { value: '2026-03-10T04:12+00:00', sources: ['b'] }], dates, eachArticle, pub)).toBeNull();
  });
  it('no disagreement when one article states both values (its own muddle)', () => {
    expect(disagreement([{ value: '2026-03-10', sources: ['a'] }, { value: '2026-03-12', sources: ['a'] }], dates, eachArticle, pub)).toBeNull();
  });
});

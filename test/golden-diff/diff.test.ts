import { describe, expect, it } from 'vitest';
import { diffValues, formatChange } from '../../src/golden/diff.ts';

const rec = (role: string, people: string[]) => ({
  incidents: [{ id: 'leak-x', dates: [{ text: 'Saturday', value: '2023-02-11', role }], people: people.map((name) => ({ name, evidence: [{ start: 0, end: 1, quote: 'x' }] })) }],
});

describe('golden diff', () => {
  it('is empty for equal values', () => {
    expect(diffValues(rec('occurred', ['A B']), rec('occurred', ['A B']))).toEqual([]);
  });
  it('names incidents and facts by identity in the path', () => {
    const lines = diffValues(rec('reported', ['A B']), rec('occurred', ['A B'])).map(formatChange);
    expect(lines).toEqual(['~ incidents[leak-x].dates[Saturday=2023-02-11].role: "reported" → "occurred"']);
  });
  it('reports added and removed facts, not shifted indexes', () => {
    const lines = diffValues(rec('occurred', ['A B', 'C D']), rec('occurred', ['C D', 'E F'])).map(formatChange);
    expect(lines[0]).toMatch(/^- incidents\[leak-x\]\.people\[A B\]/);
    expect(lines[1]).toMatch(/^\+ incidents\[leak-x\]\.people\[E F\]/);
    expect(lines).toHaveLength(2);
  });
  it('compares evidence lists as wholes', () => {
    const a = { evidence: [{ start: 1, end: 2, quote: 'a' }] };
    const b = { evidence: [{ start: 1, end: 3, quote: 'ab' }] };
    expect(diffValues(a, b).map((c) => c.path)).toEqual(['evidence']);
  });
});

describe('golden diff of merged dates', () => {
  it('names a merged date by value and role, so a changed source reads as a change', () => {
    const a = { dates: [{ value: '2023-02-11', role: 'occurred', texts: ['Saturday'], sources: ['a'] }] };
    const b = { dates: [{ value: '2023-02-11', role: 'occurred', texts: ['Saturday'], sources: ['a', 'b'] }] };
    expect(diffValues(a, b).map(formatChange)).toEqual(['~ dates[2023-02-11 occurred].sources: ["a"] → ["a","b"]']);
  });
});

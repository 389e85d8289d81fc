import { describe, expect, it } from 'vitest';
import { refine } from '../../src/assemble/type.ts';

const counts = (o: Record<string, number>) => new Map(Object.entries(o));

describe('refine a generic type label', () => {
  it.each([
    [{ crash: 7, derailment: 7 }, 'derailment'],
    [{ crash: 4, derailment: 2 }, 'derailment'],
    [{ crash: 12, collision: 3, fire: 3 }, 'crash'],
    [{ crash: 5, explosion: 4 }, 'crash'],
    [{ crash: 3 }, 'crash'],
  ])('%j → %s', (c, expected) => {
    expect(refine('crash', counts(c))).toBe(expected);
  });
  it('leaves a specific label alone', () => {
    expect(refine('fire', counts({ fire: 3, crash: 1 }))).toBe('fire');
    expect(refine(undefined, counts({}))).toBeUndefined();
  });
});

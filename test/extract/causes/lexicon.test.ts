/** The cause lexicon is data: ids unique, every entry documented, every pattern compiles. */
import { describe, expect, it } from 'vitest';
import { causeConditions, causeCues, clauseBoundaries, unknownCauseCues } from '../../../src/lexicons/causes.ts';
import { causeRules } from '../../../src/extract/causes/index.ts';

describe('cause lexicon', () => {
  it('has unique ids', () => {
    const ids = causeCues.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(causeCues.map((c) => [c.id, c] as const))('%s is documented and compiles', (_, c) => {
    expect(c.note.length).toBeGreaterThan(10);
    expect(c.example.length).toBeGreaterThan(10);
    for (const src of [c.pattern, c.objectTrap, c.objectMust, c.objectStop, c.contextTrap]) {
      if (src !== undefined) expect(() => new RegExp(src, 'gid')).not.toThrow();
    }
    if (c.shape === 'between') expect(c.pattern).toContain('(?<c>');
  });

  it('compiles the unknown-cause cues and the clause boundaries', () => {
    for (const src of unknownCauseCues) expect(() => new RegExp(src, 'i')).not.toThrow();
    for (const b of clauseBoundaries) expect(() => new RegExp(b.pattern, 'gi')).not.toThrow();
  });

  it('makes one rule per cue entry and condition class, plus cause.unknown, ids prefixed', () => {
    expect(causeRules.map((r) => r.id)).toEqual([...causeCues.map((c) => `cause.${c.id}`), ...causeConditions.map((c) => `cause.${c.cue}`), 'cause.unknown']);
  });
});

/** The consequence lexicon is data: classes unique, every entry documented, every pattern compiles. */
import { describe, expect, it } from 'vitest';
import { consequenceCues, resultLinks } from '../../../src/lexicons/consequences.ts';
import { consequenceRules } from '../../../src/extract/consequences/index.ts';

describe('consequence lexicon', () => {
  it('has unique classes', () => {
    const cues = consequenceCues.map((c) => c.cue);
    expect(new Set(cues).size).toBe(cues.length);
  });

  it.each(consequenceCues.map((c) => [c.cue, c] as const))('%s is documented and compiles', (_, c) => {
    expect(c.note.length).toBeGreaterThan(10);
    expect(c.example.length).toBeGreaterThan(10);
    for (const src of [...c.patterns, ...(c.traps ?? [])]) expect(() => new RegExp(src, 'gi')).not.toThrow();
  });

  it('keeps safety classes out of negation', () => {
    for (const c of consequenceCues.filter((x) => x.cue.startsWith('no-') || x.cue === 'safe')) expect(c.negatable).toBe(false);
  });

  it('lists no temporal link ("after the crash" is time, not cause)', () => {
    expect(resultLinks.some((l) => /^(?:after|following)$/.test(l))).toBe(false);
  });

  it('makes one rule per class plus consequence.result', () => {
    expect(consequenceRules.map((r) => r.id)).toEqual([...consequenceCues.map((c) => `consequence.${c.cue}`), 'consequence.result']);
  });
});

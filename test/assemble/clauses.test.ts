import { describe, expect, it } from 'vitest';
import { clauses, isOwnType, statesIncidentItself } from '../../src/assemble/index.ts';
import type { ClauseMention, TriggerMention } from '../../src/extract/types.ts';

const clause = (text: string, cue: string, start = 0, sentence = 0): ClauseMention => ({
  kind: 'cause', start, end: start + text.length, text, ruleId: `cause.${cue}`, sentence, clause: text, cue,
});
const all = () => true;

describe('clauses of an incident', () => {
  it('one fact per clause text, with every span', () => {
    const fs = clauses([clause('a signal fault', 'due-to', 0), clause('a signal fault', 'due-to', 100, 3)], all);
    expect(fs.map((f) => [f.text, f.evidence.length])).toEqual([['a signal fault', 2]]);
  });

  it('a restated condition joins the fact it restates; a class gives at most two facts, further ones are left out', () => {
    const weather = ['gusting crosswinds at the airfield', 'the crosswinds were gusting to 50 knots', 'heavy rain on the approach', 'fog over the bay'];
    const fs = clauses(weather.map((w, i) => clause(w, 'weather', i * 100, i)), all, new Set(['weather']));
    expect(fs.map((f) => [f.text, f.evidence.length])).toEqual([
      ['gusting crosswinds at the airfield', 2],
      ['heavy rain on the approach', 1],
    ]);
  });

  it('a restated consequence is one fact, however many of its class', () => {
    const deaths = ['four passengers died', 'the crash left four passengers dead', 'a cyclist was killed on the road'];
    const fs = clauses(deaths.map((d, i) => clause(d, 'death', i * 100, i)), all, new Set(['death']), Infinity);
    expect(fs.map((f) => f.text)).toEqual(['four passengers died', 'a cyclist was killed on the road']);
  });

  it('keeps distinct causes of other classes apart', () => {
    const fs = clauses([clause('the brakes failed', 'claimed', 0), clause('the brakes failed again', 'claimed', 50, 1)], all, new Set(['weather']));
    expect(fs).toHaveLength(2);
  });
});

describe('statesIncidentItself', () => {
  const trigger = (type: string, start: number): TriggerMention => ({ kind: 'trigger', start, end: start + 5, text: 'xxxxx', ruleId: 'trigger.type', sentence: 0, type });
  it('a strike clause holding a trigger of the incident type is the incident, not its cause', () => {
    expect(statesIncidentItself(clause('the destroyer collided with a ship', 'strike', 0), [trigger('collision', 14)], 'collision')).toBe(true);
    expect(statesIncidentItself(clause('a fire hit a factory', 'strike', 0), [trigger('fire', 2)], 'fire')).toBe(true);
  });
  it.each([
    ['it hit a backhoe', 'strike', 'collision', 'derailment', 'another kind of incident'],
    ['it collided with a seawall', 'strike', 'collision', 'crash', 'a collision that caused a crash'],
    ['a gas leak ignited', 'due-to', 'leak', 'leak', 'only strike clauses'],
  ])('keeps %s', (text, cue, ttype, itype) => {
    expect(statesIncidentItself(clause(text, cue, 0), [trigger(ttype, 3)], itype)).toBe(false);
  });
});

describe('isOwnType', () => {
  const c = (cue: string) => ({ kind: 'consequence', start: 0, end: 1, text: 'x', ruleId: `consequence.${cue}`, sentence: 0, clause: 'x', cue }) as ClauseMention;
  it('a fire breaking out is a fire incident itself, and a consequence of a crash', () => {
    expect(isOwnType(c('fire'), 'fire')).toBe(true);
    expect(isOwnType(c('fire'), 'engine fire')).toBe(true);
    expect(isOwnType(c('fire'), 'crash')).toBe(false);
    expect(isOwnType(c('death'), 'fire')).toBe(false);
  });
});

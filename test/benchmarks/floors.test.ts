import { describe, expect, it } from 'vitest';
import { raised } from '../../bench/incidents/floors.ts';

describe('raising floors', () => {
  it('raises a floor to a higher figure', () => {
    expect(raised({ macroF1: 0.5 }, { macroF1: 0.6 })).toEqual({ macroF1: 0.6 });
  });
  it('never lowers a floor', () => {
    expect(raised({ macroF1: 0.5 }, { macroF1: 0.4 })).toEqual({ macroF1: 0.5 });
  });
  it('pins a new figure at its reached value', () => {
    expect(raised({}, { 'reconcile.f1': 0.3 })).toEqual({ 'reconcile.f1': 0.3 });
  });
});

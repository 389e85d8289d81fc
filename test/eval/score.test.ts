import { describe, expect, it } from 'vitest';
import { formatErrors, pairwise, prf } from '../../src/eval/index.ts';
import { GoldIncident } from '../../src/eval/gold.ts';
import { scoreArticle } from '../../src/eval/score.ts';
import type { Incident } from '../../src/schema/index.ts';

const span = (quote: string) => [{ start: 0, end: quote.length, quote }];
const incident = (over: Partial<Incident>): Incident => ({
  id: 'fire-mv-alder-2026-03-10', type: 'fire', mention: 'main', summary: '', vehicles: [], dates: [], people: [], organizations: [], locations: [], causes: [], consequences: [], ...over,
});
const gold = (over: object) => GoldIncident.parse({ type: 'fire', ...over });

describe('scoreArticle', () => {
  const pred = incident({
    vehicles: [{ name: 'MV Alder', kind: 'ship', aliases: [], evidence: span('MV Alder'), ruleId: 'vehicle.ship-prefix' }],
    dates: [
      { text: 'Tuesday', value: '2026-03-10', role: 'occurred', evidence: span('Tuesday'), ruleId: 'date.weekday-past' },
      { text: 'today', value: '2026-03-12', role: 'reported', evidence: span('today'), ruleId: 'date.relative' },
    ],
  });
  const g = [
    gold({ key: 'alder-fire', vehicles: [{ name: 'MV Alder' }], dates: [{ value: '2026-03-10', role: 'occurred' }] }),
    gold({ key: 'birch-fire', mention: 'background', vehicles: [{ name: 'MV Birch' }] }),
  ];
  const s = scoreArticle('a', [pred], g);

  it('matches by vehicle, and a missed background incident costs nothing', () => {
    expect(s.incidents).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.pairs).toEqual([{ predicted: 'fire-mv-alder-2026-03-10', gold: 'alder-fire' }]);
  });

  it('scores dates at the gold granularity and reports role accuracy', () => {
    expect(s.fields.dates).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.dateRole).toEqual({ correct: 1, total: 1 });
  });

  it('prints a false hit with its role, quote and rule', () => {
    expect(formatErrors(s.errors)).toBe('a\tdates\tFALSE\talder-fire\ttoday=2026-03-12 (reported)\t“today”\t[date.relative]');
  });
});

describe('pairwise clustering scores', () => {
  it('counts pairs in the same predicted and gold clusters', () => {
    const c = pairwise([
      { predicted: 'x', gold: 'A' },
      { predicted: 'x', gold: 'A' },
      { predicted: 'y', gold: 'A' },
      { predicted: 'y', gold: 'B' },
    ]);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(prf(c).f1).toBe(0.4);
  });
});

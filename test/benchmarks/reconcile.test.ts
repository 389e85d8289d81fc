/**
 * Accuracy floors of the reconciler on the ECB+ incident topics (bench/reconcile/floors.json):
 * every pinned figure must be reached. Floors are only ever raised, to the figures a change has
 * reached (npm run bench:reconcile prints them).
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../bench/lib/data.ts';
import { assessEcbPlus, keyFigures } from '../../bench/reconcile/assess.ts';
import { readFloors } from '../../bench/reconcile/floors.ts';
import { describeBenchmark } from './requires.ts';

describeBenchmark('ecbplus', 'reconcile accuracy floors on ECB+ incident topics', (dir) => {
  it('reaches every floor in bench/reconcile/floors.json, far above the type+month baseline', async () => {
    const [report, floors] = await Promise.all([assessEcbPlus(dir, path.join(REPO_ROOT, 'output', 'bench', 'reconcile', 'ecbplus-test')), readFloors()]);
    expect(report.failed, 'articles that failed to process').toBe(0);
    const figures = keyFigures(report);
    const below = Object.entries(floors).filter(([k, floor]) => !(figures[k] >= floor)).map(([k, floor]) => `${k}: ${figures[k]} < floor ${floor}`);
    expect(below, 'below the floors (run npm run bench:reconcile -- --errors)').toEqual([]);
    expect(Object.keys(floors).sort(), 'a floor for every key figure').toEqual(Object.keys(figures).sort());
    expect(report.ours.bcubed.f1 - report.baseline.bcubed.f1, 'B-cubed F1 margin over the baseline').toBeGreaterThan(0.1);
  }, 900_000);
});

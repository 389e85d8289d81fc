/**
 * Accuracy floors on MEANTIME (bench/accuracy/floors.json): our extractors, scored exactly as
 * `npm run bench:accuracy` scores them, must reach every pinned figure. Floors are only raised.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../bench/lib/data.ts';
import { evaluate } from '../../bench/accuracy/evaluate.ts';
import { figureAt, figures, type Figures } from '../../bench/accuracy/figures.ts';
import { loadMeantime } from '../../bench/accuracy/meantime.ts';
import { COVERS, type Predictions } from '../../bench/accuracy/predictions.ts';
import { predictOurs } from '../../bench/accuracy/systems/ours.ts';
import { describeBenchmark } from './requires.ts';

const { floors } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'bench/accuracy/floors.json'), 'utf8')) as { floors: Record<string, number> };

describeBenchmark('meantime', 'MEANTIME accuracy floors (ours)', (dir) => {
  let fig: Figures;
  beforeAll(() => {
    const docs = loadMeantime(dir);
    const predictions: Record<string, Predictions> = {};
    for (const d of docs) predictions[d.id] = predictOurs(d);
    fig = figures(evaluate(docs, predictions, COVERS.ours));
  }, 300_000);

  it.each(Object.entries(floors))('%s ≥ %f', (key, floor) => {
    const got = figureAt(fig, key);
    expect(got, `${key} is not a figure the bench prints`).toBeTypeOf('number');
    expect(got!).toBeGreaterThanOrEqual(floor);
  });
});

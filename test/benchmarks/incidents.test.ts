/**
 * Accuracy floors on the incidents-dev benchmark (bench/incidents/floors.json): every pinned
 * figure must be reached. Floors are only ever raised, to the figures a change has reached.
 */
import { expect, it } from 'vitest';
import { readFloors } from '../../bench/incidents/floors.ts';
import { keyFigures, scoreIncidents } from '../../bench/incidents/score.ts';
import { describeBenchmark } from './requires.ts';

describeBenchmark('incidents-dev', 'incidents-dev accuracy floors', (dir) => {
  it('reaches every floor in bench/incidents/floors.json', async () => {
    const [{ report, failed }, floors] = await Promise.all([scoreIncidents(dir), readFloors()]);
    expect(failed, 'articles that failed to process').toBe(0);
    const figures = keyFigures(report);
    const below = Object.entries(floors).filter(([k, floor]) => !(figures[k] >= floor)).map(([k, floor]) => `${k}: ${figures[k]} < floor ${floor}`);
    expect(below, `below the floors (run npm run bench:incidents -- --errors)`).toEqual([]);
    expect(Object.keys(floors).sort(), 'a floor for every key figure').toEqual(Object.keys(figures).sort());
  }, 180_000);
});

/**
 * The ingest benchmark's accuracy floors (bench/ingest/floors.json): our extractor, scored with the
 * benchmark's metric over all its pages, must not fall below them. Speed is not checked here
 * (figures come from `npm run bench:ingest`).
 */
import { expect, it } from 'vitest';
import { ours } from '../../bench/ingest/extractors.ts';
import { corpusFingerprint, readFloors } from '../../bench/ingest/floors.ts';
import { score } from '../../bench/ingest/metric.ts';
import { BENCHMARK, loadPages } from '../../bench/ingest/pages.ts';
import { describeBenchmark } from './requires.ts';

describeBenchmark(BENCHMARK, 'ingest benchmark floors', (dir) => {
  const floors = readFloors();
  const pages = loadPages(dir);

  it('the data are those the floors were taken on', () => {
    expect(pages).toHaveLength(floors.pages);
    expect(corpusFingerprint(pages)).toBe(floors.corpus);
  });

  it(`F1 ≥ ${floors.f1}, precision ≥ ${floors.precision}, recall ≥ ${floors.recall}`, () => {
    const s = score(pages.map((p) => ({ truth: p.truth, prediction: ours(p) })));
    expect(s.f1).toBeGreaterThanOrEqual(floors.f1);
    expect(s.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floors.recall);
  }, 120_000);
});

/**
 * Tests that need a public benchmark: they run whenever its data is on the machine; when it
 * is not, they are skipped with a one-line note, except in CI (CI=true), where a missing
 * benchmark is a failure, never a silent skip.
 */
import { describe, it } from 'vitest';
import { benchmarkDir, benchmarksRoot } from '../../bench/lib/data.ts';

export function describeBenchmark(name: string, title: string, body: (dir: string) => void): void {
  const dir = benchmarkDir(name);
  if (dir) {
    describe(title, () => body(dir));
    return;
  }
  if (process.env.CI === 'true') {
    describe(title, () => {
      it(`needs benchmark data "${name}"`, () => {
        throw new Error(`benchmark "${name}" missing under ${benchmarksRoot()} and CI=true: required in CI`);
      });
    });
    return;
  }
  console.warn(`note: skipped "${title}": benchmark data "${name}" not found under ${benchmarksRoot()} (set FACTWIRE_BENCHMARKS)`);
  describe.skip(title, () => it('skipped: no benchmark data', () => {}));
}

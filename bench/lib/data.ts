/**
 * Where the public benchmark data lives. It stays outside the repo (licences, size) and is
 * read at run time from `$FACTWIRE_BENCHMARKS/<name>`, by default `../shared/benchmarks/<name>`
 * next to the repo.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function benchmarksRoot(): string {
  return process.env.FACTWIRE_BENCHMARKS ? path.resolve(process.env.FACTWIRE_BENCHMARKS) : path.resolve(REPO_ROOT, '../shared/benchmarks');
}

/** The folder of one benchmark, or null when its data is not on this machine. */
export function benchmarkDir(name: string): string | null {
  const dir = path.join(benchmarksRoot(), name);
  return existsSync(dir) ? dir : null;
}

export function requireBenchmark(name: string): string {
  const dir = benchmarkDir(name);
  if (!dir) throw new Error(`benchmark data "${name}" not found at ${path.join(benchmarksRoot(), name)} (set FACTWIRE_BENCHMARKS to its parent folder)`);
  return dir;
}

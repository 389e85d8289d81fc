/**
 * Accuracy floors of the ingest benchmark (bench/ingest/floors.json), checked by
 * test/benchmarks/ingest-floors.test.ts. A floor is only ever raised (`--raise-floors` writes the
 * figures of a run when they are higher); the corpus fingerprint says which data they were taken on.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scores } from './metric.ts';
import type { BenchPage } from './pages.ts';

export const FLOORS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floors.json');

export interface Floors {
  benchmark: string;
  /** sha256 of the pages and their truth, in id order. */
  corpus: string;
  pages: number;
  f1: number;
  precision: number;
  recall: number;
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
}

export function corpusFingerprint(pages: readonly BenchPage[]): string {
  const hash = createHash('sha256');
  for (const p of pages) hash.update(p.id).update('\0').update(p.truth).update('\0').update(p.bytes).update('\0');
  return hash.digest('hex');
}

/** Floors raised to the run's figures (rounded down to 3 decimals) where these are higher. */
export function raisedFloors(floors: Floors, scores: Scores): Floors {
  const down = (x: number) => Math.floor(x * 1000) / 1000;
  return {
    ...floors,
    f1: Math.max(floors.f1, down(scores.f1)),
    precision: Math.max(floors.precision, down(scores.precision)),
    recall: Math.max(floors.recall, down(scores.recall)),
  };
}

export function writeFloors(floors: Floors): void {
  writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);
}

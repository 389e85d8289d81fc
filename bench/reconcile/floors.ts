/** Accuracy floors of bench:reconcile (bench/reconcile/floors.json): pinned figures, only ever raised. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../lib/data.ts';

export const FLOORS_FILE = path.join(REPO_ROOT, 'bench', 'reconcile', 'floors.json');

export async function readFloors(): Promise<Record<string, number>> {
  return JSON.parse(await readFile(FLOORS_FILE, 'utf8')) as Record<string, number>;
}

/**
 * The pinned accuracy floors of incidents-dev (floors.json beside this file). A floor is only
 * ever raised: `raiseFloors` keeps the higher of the pinned and the reached figure.
 */
import { readFile, writeFile } from 'node:fs/promises';

export const FLOORS_FILE = new URL('./floors.json', import.meta.url);

export async function readFloors(): Promise<Record<string, number>> {
  return JSON.parse(await readFile(FLOORS_FILE, 'utf8')) as Record<string, number>;
}

/** Floors raised to the reached figures; never lowered. Returns what changed. */
export function raised(floors: Record<string, number>, figures: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(figures)) out[k] = Math.max(floors[k] ?? 0, v);
  return out;
}

export async function raiseFloors(figures: Record<string, number>): Promise<string[]> {
  const floors = await readFloors();
  const next = raised(floors, figures);
  await writeFile(FLOORS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  return Object.keys(next).filter((k) => next[k] !== floors[k]).map((k) => `${k}: ${floors[k] ?? '-'} → ${next[k]}`);
}

/**
 * Output files, written atomically (a temporary name, then rename) so that a process killed
 * at any moment leaves either the old file or the new one, never half of one.
 */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

export async function writeAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Stable JSON: two-space indent and a final newline. Key order is the schema's. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function recordPath(out: string, id: string): string {
  return path.join(out, 'records', `${id}.json`);
}

export function textPath(out: string, id: string): string {
  return path.join(out, 'text', `${id}.txt`);
}

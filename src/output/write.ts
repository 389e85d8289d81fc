/**
 * Output files, written atomically (a temporary name, then rename) so that a process killed
 * at any moment leaves either the old file or the new one, never half of one.
 *
 * A batch run passes its own temporary folder (`<out>/.tmp/<run>`, same file system, so the
 * rename stays atomic): what a killed run leaves behind is in one place, out of the outputs,
 * and the next run removes it.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

export async function writeAtomic(file: string, data: string, tmpDir?: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tmpDir ? path.join(tmpDir, `${++counter}.tmp`) : `${file}.${process.pid}.${++counter}.tmp`;
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

/** Where temporary files of all runs into `out` go (removed by `clearTemporary`). */
export const tmpRoot = (out: string): string => path.join(out, '.tmp');

/** A fresh temporary folder for one run. */
export async function runTmpDir(out: string): Promise<string> {
  const dir = path.join(tmpRoot(out), randomUUID());
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Removes what killed runs left in `<out>/.tmp` (or one run's folder). */
export async function clearTemporary(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

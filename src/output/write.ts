/**
 * Output files, written atomically (a temporary name, then rename) so that a process killed
 * at any moment leaves either the old file or the new one, never half of one.
 *
 * A batch run passes its own temporary folder (`<out>/.tmp/<run>`, same file system, so the
 * rename stays atomic): what a killed run leaves behind is in one place, out of the outputs,
 * and the next run removes it.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;
/** Folders this process has made (or found) already: one mkdir per folder, not per file. */
const made = new Set<string>();

async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return;
  await mkdir(dir, { recursive: true });
  made.add(dir);
}

/** Runs `op` in `dir` (made if need be); if `dir` was removed meanwhile (ENOENT), makes it again and retries once. */
async function inDir<T>(dir: string, op: () => Promise<T>): Promise<T> {
  await ensureDir(dir);
  return op().catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
    made.delete(dir);
    await ensureDir(dir);
    return op();
  });
}

/** A temporary name for `file`: in the run's folder when given, else beside the file. The thread id keeps two worker threads writing into one folder apart. */
function tmpName(file: string, tmpDir?: string): string {
  return tmpDir ? path.join(tmpDir, `${threadId}-${++counter}.tmp`) : `${file}.${process.pid}-${threadId}.${++counter}.tmp`;
}

export async function writeAtomic(file: string, data: string, tmpDir?: string): Promise<void> {
  const tmp = tmpName(file, tmpDir);
  try {
    await inDir(path.dirname(tmp), () => writeFile(tmp, data));
    await inDir(path.dirname(file), () => rename(tmp, file));
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * `writeAtomic` of many lines, each followed by a newline, written one after another: a file of
 * a hundred thousand reconciled incidents is never one string in memory.
 */
export async function writeLinesAtomic(file: string, lines: Iterable<string>, tmpDir?: string): Promise<void> {
  const tmp = tmpName(file, tmpDir);
  try {
    await inDir(path.dirname(tmp), async () => {
      const fh = await open(tmp, 'w');
      try {
        let chunk = '';
        for (const line of lines) {
          chunk += `${line}\n`;
          if (chunk.length >= 1 << 20) {
            await fh.write(chunk);
            chunk = '';
          }
        }
        if (chunk) await fh.write(chunk);
      } finally {
        await fh.close();
      }
    });
    await inDir(path.dirname(file), () => rename(tmp, file));
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Runs `op` in `dir` (made if need be), synchronously; retried once if `dir` was removed meanwhile. */
function inDirSync<T>(dir: string, op: () => T): T {
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    return op();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dir, { recursive: true });
    return op();
  }
}

/**
 * `writeAtomic`, synchronously: for a worker thread that has one article in hand and nothing else
 * to do meanwhile (an asynchronous write would only add a thread-pool round trip).
 */
export function writeAtomicSync(file: string, data: string, tmpDir?: string): void {
  const tmp = tmpName(file, tmpDir);
  try {
    inDirSync(path.dirname(tmp), () => writeFileSync(tmp, data));
    inDirSync(path.dirname(file), () => renameSync(tmp, file));
  } catch (e) {
    rmSync(tmp, { force: true });
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
  made.add(dir);
  return dir;
}

/** Removes what killed runs left in `<out>/.tmp` (or one run's folder). */
export async function clearTemporary(dir: string): Promise<void> {
  for (const d of made) if (d === dir || d.startsWith(dir + path.sep)) made.delete(d);
  await rm(dir, { recursive: true, force: true });
}

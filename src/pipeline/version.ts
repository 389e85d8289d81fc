/**
 * Versions. TOOL_VERSION comes from package.json (one place to bump). PIPELINE_VERSION says
 * which code and data made a record: a hash of every source file that can change one (ingest,
 * extraction rules, lexicons, assembly, schemas, the per-article step and the JSON writer) and
 * of the versions of the libraries they call. The per-article cache is keyed by it, so any
 * change to a rule or a word list redoes every article, and nothing else does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const pkg = JSON.parse(readFileSync(path.join(SRC, '..', 'package.json'), 'utf8')) as { version: string };
export const TOOL_VERSION: string = pkg.version;

/** Folders (under src/) and files whose content decides a record. */
export const RECORD_SOURCES = ['ingest', 'extract', 'assemble', 'lexicons', 'schema', 'pipeline/article.ts', 'pipeline/task.ts', 'output/write.ts'] as const;
/** Libraries whose behaviour decides a record. */
export const RECORD_LIBRARIES = ['compromise', 'chrono-node', 'cheerio', 'zod'] as const;

function filesUnder(rel: string): string[] {
  const full = path.join(SRC, rel);
  if (rel.endsWith('.ts')) return [rel];
  return (readdirSync(full, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.posix.join(rel, f.split(path.sep).join('/')))
    .sort();
}

/** The installed version of a dependency (its package.json, found from its entry point). */
export function libraryVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const p = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (p.name === name) return p.version ?? 'unknown';
    }
    const up = path.dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

function pipelineVersion(): string {
  const h = createHash('sha256');
  h.update(`factwire ${TOOL_VERSION}\n`);
  for (const lib of RECORD_LIBRARIES) h.update(`${lib}@${libraryVersion(lib)}\n`);
  for (const f of RECORD_SOURCES.flatMap(filesUnder)) h.update(`${f}\n`).update(readFileSync(path.join(SRC, f))).update('\n');
  return h.digest('hex').slice(0, 16);
}

export const PIPELINE_VERSION: string = pipelineVersion();

/**
 * Corpus discovery: walks the corpus folders in a stable order (entries sorted per folder),
 * yielding each article file with its id and sidecar path. Streams: a folder is read only
 * when the walk reaches it. Anything that is not an article becomes a discovery error.
 */
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.txt.gz', '.html.gz', '.htm.gz', '.json.gz'] as const;
export const SIDECAR_SUFFIX = '.meta.json';
/** Files a corpus may hold that are neither articles nor sidecars. */
const IGNORED = /^(?:\.|README(?:\.md)?$|LICENSE)/i;

export type Discovered =
  | { kind: 'article'; file: string; id: string; sidecar?: string }
  | { kind: 'error'; file: string; code: string; message: string };

/** Article id: path inside the corpus folder, without extension (and `.gz`), with `/` separators. */
export function articleId(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel.replace(/\.(?:txt|html?|json)(?:\.gz)?$/i, '');
}

export function articleExtension(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(SIDECAR_SUFFIX)) return undefined;
  return ARTICLE_EXTENSIONS.find((e) => lower.endsWith(e));
}

async function sortedEntries(dir: string) {
  const entries = [];
  for await (const e of await opendir(dir)) entries.push(e);
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

/** Walks one corpus root (a folder or a single file). */
export async function* discover(root: string): AsyncGenerator<Discovered> {
  const info = await stat(root).catch(() => null);
  if (!info) {
    yield { kind: 'error', file: root, code: 'not-found', message: `corpus path does not exist: ${root}` };
    return;
  }
  const base = info.isDirectory() ? root : path.dirname(root);
  yield* walk(base, info.isDirectory() ? root : undefined, info.isDirectory() ? undefined : root);
}

async function* walk(base: string, dir: string | undefined, single?: string): AsyncGenerator<Discovered> {
  const files = single ? [{ name: path.basename(single), dir: path.dirname(single), isDir: false }] : (await sortedEntries(dir!)).map((e) => ({ name: e.name, dir: dir!, isDir: e.isDirectory() }));
  const seen = new Set<string>();
  for (const f of files) {
    const full = path.join(f.dir, f.name);
    if (IGNORED.test(f.name)) continue;
    if (f.isDir) {
      yield* walk(base, full);
      continue;
    }
    if (f.name.toLowerCase().endsWith(SIDECAR_SUFFIX)) continue;
    const ext = articleExtension(f.name);
    if (!ext) {
      yield { kind: 'error', file: full, code: 'unsupported-format', message: `not an article file (expected ${ARTICLE_EXTENSIONS.join(', ')}): ${f.name}` };
      continue;
    }
    const id = articleId(base, full);
    if (seen.has(id)) {
      yield { kind: 'error', file: full, code: 'duplicate-id', message: `another file already has the article id "${id}"` };
      continue;
    }
    seen.add(id);
    const sidecar = full.slice(0, -ext.length) + SIDECAR_SUFFIX;
    yield { kind: 'article', file: full, id, ...((await exists(sidecar)) ? { sidecar } : {}) };
  }
}

/**
 * Corpus discovery: walks the corpus folders yielding each article file with its id and
 * sidecar path. Streams: entries come in the order the file system gives them, a folder is
 * read as the walk reaches it, and nothing is listed or sorted in memory first (a folder of a
 * million files starts yielding at once). Order does not matter downstream: every output is
 * per article or sorted. Anything that is not an article becomes a discovery error.
 */
import { existsSync } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.txt.gz', '.html.gz', '.htm.gz', '.json.gz'] as const;
export const SIDECAR_SUFFIX = '.meta.json';
/** Files a corpus may hold that are neither articles nor sidecars. */
const IGNORED = /^(?:\.|README(?:\.md)?$|LICENSE)/i;

export type Discovered =
  | { kind: 'article'; file: string; id: string; sidecar?: string }
  | { kind: 'error'; file: string; code: string; message: string; id?: string };

/** What decides a discovered file's shard: its article id, or its path when it has none. */
export const shardKey = (d: Discovered): string => (d.kind === 'article' ? d.id : (d.id ?? d.file));

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

/**
 * Synchronous on purpose: up to eight look-ups per article (its earlier siblings and its
 * sidecar), and an asynchronous stat costs a thread-pool round trip and a promise on the main
 * thread, which also feeds the workers; a synchronous one of a folder entry costs microseconds.
 */
function exists(p: string): boolean {
  return existsSync(p);
}

/**
 * The sibling names that give the same article id and sort before `name` (byte order): the
 * first of them in that order owns the id, whatever order the walk meets them in. Covers the
 * four extensions in lower and upper case (`a.TXT`); mixed case (`a.Txt`) is not looked for.
 */
export function earlierSiblings(name: string, ext: string): string[] {
  const stem = name.slice(0, -ext.length);
  const variants = ARTICLE_EXTENSIONS.flatMap((e) => [e, e.toUpperCase()]).map((e) => stem + e);
  return [...new Set(variants)].filter((n) => n !== name && n < name);
}

/** A file the walk found: every one is an article or a discovery error (sidecars are left out). */
interface Found {
  base: string;
  full: string;
  name: string;
  /** False for a file named as a corpus root: the user chose it, no sibling owns its id. */
  checkSiblings: boolean;
}

/** Walks one corpus root (a folder or a single file). */
export async function* discover(root: string): AsyncGenerator<Discovered> {
  const info = await stat(root).catch(() => null);
  if (!info) {
    yield { kind: 'error', file: root, code: 'not-found', message: `corpus path does not exist: ${root}` };
    return;
  }
  for await (const f of walkFiles(root, info.isDirectory())) yield await classify(f);
}

/**
 * What the walk will yield, counted without reading anything but folder entries (for a
 * progress total): `keep` says which paths count (an article's id or an error's file path).
 */
export async function countDiscoverable(root: string, keep: (key: string) => boolean = () => true): Promise<number> {
  const info = await stat(root).catch(() => null);
  if (!info) return keep(root) ? 1 : 0;
  let n = 0;
  for await (const f of walkFiles(root, info.isDirectory())) if (keep(articleExtension(f.name) ? articleId(f.base, f.full) : f.full)) n++;
  return n;
}

async function* walkFiles(root: string, isDir: boolean): AsyncGenerator<Found> {
  if (!isDir) {
    if (!isSidecar(root)) yield { base: path.dirname(root), full: root, name: path.basename(root), checkSiblings: false };
    return;
  }
  yield* walk(root, root);
}

const isSidecar = (name: string) => name.toLowerCase().endsWith(SIDECAR_SUFFIX);

async function* walk(base: string, dir: string): AsyncGenerator<Found> {
  for await (const e of await opendir(dir, { bufferSize: 256 })) {
    if (IGNORED.test(e.name)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(base, full);
    else if (!isSidecar(e.name)) yield { base, full, name: e.name, checkSiblings: true };
  }
}

async function classify({ base, full, name, checkSiblings }: Found): Promise<Discovered> {
  const ext = articleExtension(name);
  if (!ext) {
    return { kind: 'error', file: full, code: 'unsupported-format', message: `not an article file (expected ${ARTICLE_EXTENSIONS.join(', ')}): ${name}` };
  }
  const id = articleId(base, full);
  const dir = path.dirname(full);
  for (const sibling of checkSiblings ? earlierSiblings(name, ext) : []) {
    if (exists(path.join(dir, sibling))) {
      return { kind: 'error', file: full, id, code: 'duplicate-id', message: `another file already has the article id "${id}": ${sibling}` };
    }
  }
  const sidecar = full.slice(0, -ext.length) + SIDECAR_SUFFIX;
  return { kind: 'article', file: full, id, ...(exists(sidecar) ? { sidecar } : {}) };
}

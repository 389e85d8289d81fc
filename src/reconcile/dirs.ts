/**
 * Reconciling the records of one or more earlier runs without re-extracting: `reconcileDirs`
 * reads `<dir>/records/**.json` of every folder (and `<dir>/text/<id>.txt` beside it when there), one
 * file at a time, keeps only the compact
 * profiles in memory while clustering, then reads each cluster's records again to merge them.
 *
 * A file that cannot be read or is not a valid record is reported (`onProblem`) and skipped.
 * The same article id in two folders: the folder given last wins (newer records replace older
 * ones when a run's output is merged with new records), and a problem notes it.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ArticleRecord, Incident, type ReconciledIncident } from '../schema/index.ts';
import { cluster } from './cluster.ts';
import { finish, publishedOf, textsIn } from './index.ts';
import { mergeCluster } from './merge.ts';
import { buildProfile, type Profile } from './profile.ts';

export interface RecordProblem {
  file: string;
  message: string;
}

export interface ReconcileDirsOptions {
  onProblem?: (p: RecordProblem) => void;
}

async function* recordFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* recordFiles(p);
    else if (e.name.endsWith('.json')) yield p;
  }
}

/**
 * A record file, read and checked. Synchronous: the files are read one at a time anyway, and a
 * small file's synchronous read costs a fraction of a round trip through the thread pool.
 */
function readRecord(file: string): ArticleRecord | RecordProblem {
  try {
    const parsed = ArticleRecord.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    return { file, message: `not a record: ${issue.path.join('.')}: ${issue.message}` };
  } catch (e) {
    return { file, message: (e as Error).message };
  }
}

/** One incident of a record file that was checked already (when it was profiled here, or written by this run's workers): only that incident is checked again. */
function readIncident(file: string, id: string): Incident {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { incidents: { id: string }[] };
  return Incident.parse(json.incidents.find((x) => x.id === id));
}

/** Every incident of every record of the folders, reconciled. Folders are run outputs (holding `records/`) or records folders. */
export async function reconcileDirs(dirs: string[], opts: ReconcileDirsOptions = {}): Promise<ReconciledIncident[]> {
  async function* all(): AsyncGenerator<RecordSource> {
    for (const dir of dirs) {
      const root = path.basename(dir) === 'records' ? dir : path.join(dir, 'records');
      const textOf = textsIn(path.dirname(root));
      for await (const file of recordFiles(root)) yield { file, textOf };
    }
  }
  return reconcileFiles(all(), opts);
}

/** A record file's article id and the profiles of its incidents. */
function profiled(file: string, textOf: RecordSource['textOf']): { article: string; profiles: Profile[] } | RecordProblem {
  const r = readRecord(file);
  if (!('schemaVersion' in r)) return r;
  const text = r.incidents.length ? textOf(r.article.id) : undefined;
  return { article: r.article.id, profiles: r.incidents.map((i) => buildProfile(r, i, text)) };
}

/** One record file to reconcile, with where its article's cleaned text can be read. */
export interface RecordSource {
  file: string;
  textOf: (article: string) => string | undefined;
  /** The record's article id and profiles when already built (a batch run's workers build them): the file is then read only to merge. */
  known?: { article: string; profiles: Profile[] };
}

/**
 * The streaming core: profiles are built one file at a time and only they stay in memory while
 * clustering; each cluster's records are read again to merge them. Used by `reconcileDirs` and
 * by a batch run (which names exactly the record files of its own articles).
 */
export async function reconcileFiles(sources: AsyncIterable<RecordSource> | Iterable<RecordSource>, opts: ReconcileDirsOptions = {}): Promise<ReconciledIncident[]> {
  const problem = opts.onProblem ?? (() => {});
  const fileOf = new Map<string, string>();
  const byArticle = new Map<string, Profile[]>();
  for await (const { file, textOf, known } of sources) {
    const r = known ?? profiled(file, textOf);
    if ('message' in r) {
      problem(r);
      continue;
    }
    const earlier = fileOf.get(r.article);
    if (earlier) problem({ file, message: `article ${r.article} also in ${earlier}: the later folder's record is used` });
    fileOf.set(r.article, file);
    byArticle.set(r.article, r.profiles);
  }
  const profiles = [...byArticle.values()].flat().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  byArticle.clear();
  const c = cluster(profiles);
  const published = publishedOf(profiles);
  const merged = [];
  for (const g of c.groups) {
    const members = [];
    for (const i of g) {
      const p = profiles[i];
      members.push({ profile: p, incident: readIncident(fileOf.get(p.article)!, p.incident) });
    }
    merged.push(mergeCluster(members, published));
  }
  return finish(merged, c, profiles);
}

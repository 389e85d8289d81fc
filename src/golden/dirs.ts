/**
 * Comparing a run's output folder with a golden folder: every `records/<id>.json` and the
 * `incidents.jsonl`, with `--update` to rewrite the goldens from the run (bless).
 */
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { diffValues, formatChange, type Change } from './diff.ts';

export interface FileDiff {
  /** `records/<id>.json` or `incidents.jsonl`. */
  file: string;
  status: 'added' | 'removed' | 'changed';
  changes: Change[];
}

/** Relative paths of every .json under `dir/records`, sorted. */
export async function listRecords(dir: string): Promise<string[]> {
  const root = path.join(dir, 'records');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function readJsonl(file: string): Promise<unknown[] | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text?.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export async function diffDirs(actualDir: string, goldenDir: string): Promise<FileDiff[]> {
  const [actual, golden] = await Promise.all([listRecords(actualDir), listRecords(goldenDir)]);
  const out: FileDiff[] = [];
  for (const f of [...new Set([...actual, ...golden])].sort()) {
    if (!golden.includes(f)) out.push({ file: f, status: 'added', changes: [] });
    else if (!actual.includes(f)) out.push({ file: f, status: 'removed', changes: [] });
    else {
      const changes = diffValues(await readJson(path.join(goldenDir, f)), await readJson(path.join(actualDir, f)));
      if (changes.length) out.push({ file: f, status: 'changed', changes });
    }
  }
  const [ga, aa] = await Promise.all([readJsonl(path.join(goldenDir, 'incidents.jsonl')), readJsonl(path.join(actualDir, 'incidents.jsonl'))]);
  if (ga && aa) {
    const changes = diffValues(ga, aa, 'incidents');
    if (changes.length) out.push({ file: 'incidents.jsonl', status: 'changed', changes });
  } else if (ga || aa) out.push({ file: 'incidents.jsonl', status: ga ? 'removed' : 'added', changes: [] });
  return out;
}

export function formatDiffs(diffs: FileDiff[]): string {
  if (diffs.length === 0) return 'no differences';
  const lines: string[] = [];
  for (const d of diffs) {
    if (d.status !== 'changed') lines.push(`${d.status === 'added' ? '+' : '-'} ${d.file} (${d.status === 'added' ? 'not in golden' : 'missing from run'})`);
    else {
      lines.push(`~ ${d.file}`);
      for (const c of d.changes) lines.push(`    ${formatChange(c)}`);
    }
  }
  const n = diffs.reduce((k, d) => k + Math.max(1, d.changes.length), 0);
  lines.push(`${diffs.length} file(s) differ, ${n} difference(s)`);
  return lines.join('\n');
}

/** Rewrites the golden folder's records and incidents.jsonl from a run. */
export async function blessDirs(actualDir: string, goldenDir: string): Promise<void> {
  await rm(path.join(goldenDir, 'records'), { recursive: true, force: true });
  await mkdir(goldenDir, { recursive: true });
  await cp(path.join(actualDir, 'records'), path.join(goldenDir, 'records'), { recursive: true });
  await cp(path.join(actualDir, 'incidents.jsonl'), path.join(goldenDir, 'incidents.jsonl'));
}

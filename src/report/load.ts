/**
 * Reads what a run wrote (`manifest.json`, `records/`, `text/`, `incidents.jsonl`) for the
 * report. Errors are data: a file that is missing, does not parse or fails its schema becomes
 * a `problem` shown on the overview, and the report is built from the rest.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { listRecords } from '../golden/dirs.ts';
import { ArticleRecord, Manifest, ReconciledIncident } from '../schema/index.ts';

export interface LoadedArticle {
  record: ArticleRecord;
  /** The cleaned text the evidence points into; null when `text/<id>.txt` is missing. */
  text: string | null;
}

export interface Problem {
  file: string;
  message: string;
}

export interface LoadedRun {
  outDir: string;
  manifest: Manifest | null;
  /** Sorted by article id. */
  articles: LoadedArticle[];
  incidents: ReconciledIncident[];
  problems: Problem[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses JSON and checks it against a schema; the message names the first bad JSON path. */
export function parseWith<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not JSON: ${(e as Error).message}` };
  }
  const r = schema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, message: `does not match the schema at ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}` };
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch(() => null);
}

async function loadArticle(outDir: string, rel: string, problems: Problem[]): Promise<LoadedArticle | null> {
  const text = await readOptional(path.join(outDir, rel));
  const parsed = text === null ? ({ ok: false, message: 'unreadable' } as const) : parseWith(ArticleRecord, text);
  if (!parsed.ok) {
    problems.push({ file: rel, message: parsed.message });
    return null;
  }
  // The text sits where the run wrote it, beside the record's own path (records/<x>.json →
  // text/<x>.txt), never at a path made from the id inside the file.
  const textFile = `text/${rel.replace(/^records\//, '').replace(/\.json$/, '.txt')}`;
  const cleaned = await readOptional(path.join(outDir, textFile));
  if (cleaned === null) problems.push({ file: textFile, message: 'missing: the article page shows facts without highlights' });
  return { record: parsed.value, text: cleaned };
}

function loadIncidents(jsonl: string | null, problems: Problem[]): ReconciledIncident[] {
  if (jsonl === null) {
    problems.push({ file: 'incidents.jsonl', message: 'missing: no incident pages' });
    return [];
  }
  const out: ReconciledIncident[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = parseWith(ReconciledIncident, line);
    if (parsed.ok) out.push(parsed.value);
    else problems.push({ file: `incidents.jsonl:${i + 1}`, message: parsed.message });
  });
  return out;
}

export async function loadRun(outDir: string): Promise<LoadedRun> {
  const problems: Problem[] = [];
  const manifestText = await readOptional(path.join(outDir, 'manifest.json'));
  let manifest: Manifest | null = null;
  if (manifestText === null) problems.push({ file: 'manifest.json', message: 'missing: counts are taken from the records, no errors or timings' });
  else {
    const parsed = parseWith(Manifest, manifestText);
    if (parsed.ok) manifest = parsed.value;
    else problems.push({ file: 'manifest.json', message: parsed.message });
  }
  const articles: LoadedArticle[] = [];
  for (const rel of await listRecords(outDir)) {
    const a = await loadArticle(outDir, rel, problems);
    if (a) articles.push(a);
  }
  articles.sort((a, b) => (a.record.article.id < b.record.article.id ? -1 : a.record.article.id > b.record.article.id ? 1 : 0));
  const incidents = loadIncidents(await readOptional(path.join(outDir, 'incidents.jsonl')), problems);
  return { outDir, manifest, articles, incidents, problems };
}

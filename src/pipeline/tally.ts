/**
 * What a run counts as articles finish, in constant memory per article (no record is kept):
 * counts, facts by kind, errors and warnings, bytes, time per stage, and the ids of the
 * articles whose records the reconcile stage reads back. Turns into the manifest at the end.
 */
import { SCHEMA_VERSION, type ArticleError, type ArticleWarning, type Manifest } from '../schema/index.ts';
import type { StageTimings } from './article.ts';
import type { ArticleSummary } from './cache.ts';
import type { Shard } from './shard.ts';
import { FACT_KINDS } from './task.ts';
import { PIPELINE_VERSION, TOOL_VERSION } from './version.ts';

/** Stages the manifest and `--profile` report, in pipeline order (milliseconds, summed over articles). */
export const STAGES = ['read', 'decode', 'ingest', 'tag', 'rules', 'assemble', 'serialize', 'profile', 'write', 'reconcile'] as const;
export type Stage = (typeof STAGES)[number];

const byString = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const round = (x: number) => Math.round(x * 10) / 10;

export class RunTally {
  files = 0;
  articles = 0;
  cached = 0;
  incidents = 0;
  bytes = 0;
  readonly facts: Record<string, number> = Object.fromEntries(FACT_KINDS.map((k) => [k, 0]));
  readonly errors: ArticleError[] = [];
  readonly warnings: ArticleWarning[] = [];
  /** Ids of the articles with a record, for the reconcile stage. */
  readonly ids: string[] = [];
  readonly stage: Record<Stage, number> = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

  get failed(): number {
    return this.errors.length;
  }

  get done(): number {
    return this.articles + this.failed;
  }

  addArticle(id: string, summary: ArticleSummary, cached: boolean): void {
    this.articles++;
    if (cached) this.cached++;
    this.ids.push(id);
    this.incidents += summary.incidents;
    this.bytes += summary.bytes;
    for (const [k, n] of Object.entries(summary.facts)) this.facts[k] = (this.facts[k] ?? 0) + n;
    this.warnings.push(...summary.warnings);
  }

  addError(error: ArticleError, cached = false): void {
    if (cached) this.cached++;
    this.errors.push(error);
  }

  addTimings(t: Partial<StageTimings> & { serialize?: number; profile?: number }): void {
    for (const [k, v] of Object.entries(t)) if (k in this.stage && typeof v === 'number') this.stage[k as Stage] += v;
  }

  errorsByReason(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of [...this.errors].sort(byString((x) => x.code))) out[e.code] = (out[e.code] ?? 0) + 1;
    return out;
  }

  manifest(o: { corpus: string[]; shard?: Shard; reconciled: number; wallMs: number; workers: number; outputs: NonNullable<Manifest['outputs']> }): Manifest {
    const seconds = o.wallMs / 1000;
    return {
      schemaVersion: SCHEMA_VERSION,
      tool: { name: 'factwire', version: TOOL_VERSION, node: process.version, pipeline: PIPELINE_VERSION },
      corpus: o.corpus,
      counts: {
        files: this.files,
        articles: this.articles,
        failed: this.failed,
        incidents: this.incidents,
        reconciledIncidents: o.reconciled,
        facts: this.facts,
        cached: this.cached,
        errorsByReason: this.errorsByReason(),
      },
      ...(o.shard ? { shard: { index: o.shard.index, count: o.shard.count } } : {}),
      throughput: {
        articlesPerSecond: round(seconds > 0 ? this.done / seconds : 0),
        kilobytesPerSecond: round(seconds > 0 ? this.bytes / 1024 / seconds : 0),
        workers: o.workers,
      },
      outputs: o.outputs,
      errors: [...this.errors].sort(byString((e) => e.file)),
      warnings: [...this.warnings].sort(byString((w) => `${w.article}|${w.code}`)),
      timings: {
        totalMs: round(o.wallMs),
        extractMs: round(this.stage.tag + this.stage.rules),
        ...Object.fromEntries(STAGES.map((s) => [`${s}Ms`, round(this.stage[s])])),
      },
    };
  }
}

/**
 * The extraction pool: compromise tagging is CPU-bound, so articles are extracted in worker
 * threads (piscina), one per core by default (`os.availableParallelism()`, `--concurrency` to
 * change). With 0 workers, extraction runs inline on the calling thread (library use, tests).
 * A task that crashes its worker comes back as an article error; the pool replaces the worker.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleError } from '../schema/index.ts';
import { runArticleTask, type ArticleTask, type ArticleTaskResult } from './article-task.ts';

export interface Extractor {
  /** Worker threads (0: inline). */
  readonly threads: number;
  run(task: ArticleTask): Promise<ArticleTaskResult>;
  close(): Promise<void>;
}

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism());

const WORKER = new URL('./worker-boot.mjs', import.meta.url);

export function createExtractor(threads: number): Extractor {
  if (threads <= 0) {
    return { threads: 0, run: async (task) => runArticleTask(task), close: async () => {} };
  }
  // made on the first task: a rerun whose articles all come from the cache starts no thread
  let pool: Piscina<ArticleTask, ArticleTaskResult> | undefined;
  const started = () =>
    (pool ??= new Piscina<ArticleTask, ArticleTaskResult>({
      filename: WORKER.href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
    }));
  return {
    threads,
    run: (task) => started().run(task).catch((e: Error) => ({ ok: false as const, error: workerError(task, e) })),
    close: async () => {
      await pool?.destroy();
    },
  };
}

function workerError(task: ArticleTask, e: Error): ArticleError {
  return { file: task.input.file, article: task.input.id, stage: 'extract', code: 'worker-error', message: `${e.name}: ${e.message}` };
}

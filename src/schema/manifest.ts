/**
 * `manifest.json`: what a run did. Timings live here and only here (records carry no clock).
 */
import { z } from 'zod';

export const ArticleError = z
  .object({
    file: z.string(),
    article: z.string().nullable(),
    stage: z.enum(['discover', 'read', 'ingest', 'extract', 'validate', 'write']),
    code: z.string(),
    message: z.string(),
  })
  .strict();
export type ArticleError = z.infer<typeof ArticleError>;

export const ArticleWarning = z
  .object({ article: z.string(), code: z.string(), message: z.string() })
  .strict();
export type ArticleWarning = z.infer<typeof ArticleWarning>;

export const Manifest = z
  .object({
    schemaVersion: z.string(),
    tool: z
      .object({
        name: z.literal('factwire'),
        version: z.string(),
        node: z.string(),
        /** Hash of the code, lexicons and libraries that make a record (the cache key's part). */
        pipeline: z.string().optional(),
      })
      .strict(),
    corpus: z.array(z.string()),
    counts: z
      .object({
        files: z.number().int(),
        articles: z.number().int(),
        failed: z.number().int(),
        incidents: z.number().int(),
        reconciledIncidents: z.number().int(),
        facts: z.record(z.string(), z.number().int()),
        /** Articles taken from the cache of an earlier run (included in `articles` / `failed`). */
        cached: z.number().int().optional(),
        /** Failed files per error code. */
        errorsByReason: z.record(z.string(), z.number().int()).optional(),
      })
      .strict(),
    /** The slice this run processed (`--shard k/n`); absent for a whole run. */
    shard: z.object({ index: z.number().int(), count: z.number().int() }).strict().optional(),
    /** End-to-end rates of this run (cached articles count as done). */
    throughput: z
      .object({ articlesPerSecond: z.number(), kilobytesPerSecond: z.number(), workers: z.number().int() })
      .strict()
      .optional(),
    /** Where the outputs are, relative to the output folder (`incidents` is null for a shard). */
    outputs: z
      .object({ records: z.string(), text: z.string(), incidents: z.string().nullable(), manifest: z.string(), cache: z.string() })
      .strict()
      .optional(),
    errors: z.array(ArticleError),
    warnings: z.array(ArticleWarning),
    timings: z.record(z.string(), z.number()),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

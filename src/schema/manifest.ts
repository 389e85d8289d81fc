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
    tool: z.object({ name: z.literal('factwire'), version: z.string(), node: z.string() }).strict(),
    corpus: z.array(z.string()),
    counts: z
      .object({
        files: z.number().int(),
        articles: z.number().int(),
        failed: z.number().int(),
        incidents: z.number().int(),
        reconciledIncidents: z.number().int(),
        facts: z.record(z.string(), z.number().int()),
      })
      .strict(),
    errors: z.array(ArticleError),
    warnings: z.array(ArticleWarning),
    timings: z.record(z.string(), z.number()),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

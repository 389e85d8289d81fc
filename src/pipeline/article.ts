/**
 * One article through the stages: ingest → extract → assemble → record (zod-checked).
 * Pure: bytes in, record and cleaned text out; failures come back as data, never thrown.
 */
import { assembleIncidents } from '../assemble/index.ts';
import { ExtractDoc } from '../extract/doc.ts';
import { extractMentions } from '../extract/index.ts';
import { ingest } from '../ingest/index.ts';
import type { RawInput } from '../ingest/types.ts';
import { ArticleRecord, SCHEMA_VERSION, type ArticleError } from '../schema/index.ts';

export type ArticleResult =
  | { ok: true; id: string; file: string; record: ArticleRecord; text: string; timings: StageTimings }
  | { ok: false; id: string; file: string; error: ArticleError };

export interface StageTimings {
  ingest: number;
  extract: number;
  assemble: number;
}

const now = () => performance.now();

export function processArticle(input: RawInput): ArticleResult {
  const fail = (stage: ArticleError['stage'], code: string, message: string): ArticleResult => ({
    ok: false,
    id: input.id,
    file: input.file,
    error: { file: input.file, article: input.id, stage, code, message },
  });
  try {
    const t0 = now();
    const ing = ingest(input);
    if (!ing.ok) return fail('ingest', ing.error.code, ing.error.message);
    const article = ing.article;
    const t1 = now();
    const doc = new ExtractDoc({ ...article, published: article.meta.published });
    const mentions = extractMentions(doc);
    const t2 = now();
    const incidents = assembleIncidents(doc, mentions);
    const t3 = now();
    const candidate = { schemaVersion: SCHEMA_VERSION, article: article.meta, incidents, diagnostics: article.diagnostics };
    const checked = ArticleRecord.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return fail('validate', 'invalid-record', `${issue.path.join('.')}: ${issue.message}`);
    }
    return { ok: true, id: input.id, file: input.file, record: checked.data, text: article.text, timings: { ingest: t1 - t0, extract: t2 - t1, assemble: t3 - t2 } };
  } catch (err) {
    // A rule that throws is a bug; the article is reported and the run goes on.
    const e = err as Error;
    return fail('extract', 'internal-error', `${e.name}: ${e.message}`);
  }
}

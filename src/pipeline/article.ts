/**
 * One article through the stages: ingest → extract → assemble → record (zod-checked).
 * Pure: bytes in, record and cleaned text out; failures come back as data, never thrown.
 *
 * Gate: an incident opens only on a trigger that can open one (`opensIncident`: a typed trigger
 * word, or one marked as another incident), and triggers are
 * found by patterns alone, so an article with none ("new route announced", most of a news
 * crawl) has no incident whatever the other rules find: it is recorded with no incident and
 * never tagged. test/pipeline/gate.test.ts checks that the gate never drops an incident.
 */
import { assembleIncidents } from '../assemble/index.ts';
import { ExtractDoc } from '../extract/doc.ts';
import { extractMentions } from '../extract/index.ts';
import { extractTriggers, opensIncident } from '../extract/triggers/index.ts';
import { ingest } from '../ingest/index.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { formatOf } from '../ingest/format.ts';
import type { RawInput } from '../ingest/types.ts';
import { ArticleRecord, SCHEMA_VERSION, type ArticleError } from '../schema/index.ts';

export type ArticleResult =
  | { ok: true; id: string; file: string; record: ArticleRecord; text: string; timings: StageTimings }
  | { ok: false; id: string; file: string; error: ArticleError };

/** Milliseconds per stage. `tag` is compromise's tagging pass, `rules` the rest of extraction. */
export interface StageTimings {
  /** Bytes → text alone; measured (by decoding once more) only when profiling, else 0. */
  decode: number;
  /** The whole ingest stage, decode included. */
  ingest: number;
  tag: number;
  rules: number;
  /** Incident assembly and the record's schema check. */
  assemble: number;
}

const now = () => performance.now();

export function processArticle(input: RawInput, opts: { profile?: boolean } = {}): ArticleResult {
  const fail = (stage: ArticleError['stage'], code: string, message: string): ArticleResult => ({
    ok: false,
    id: input.id,
    file: input.file,
    error: { file: input.file, article: input.id, stage, code, message },
  });
  try {
    const decode = opts.profile ? timeDecode(input) : 0;
    const t0 = now();
    const ing = ingest(input);
    if (!ing.ok) return fail('ingest', ing.error.code, ing.error.message);
    const article = ing.article;
    const t1 = now();
    const doc = new ExtractDoc({ ...article, published: article.meta.published });
    const mentions = mayTellIncident(doc) ? extractMentions(doc) : undefined;
    const t2 = now();
    const incidents = mentions ? assembleIncidents(doc, mentions) : [];
    const candidate = { schemaVersion: SCHEMA_VERSION, article: article.meta, incidents, diagnostics: article.diagnostics };
    const checked = ArticleRecord.safeParse(candidate);
    const t3 = now();
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return fail('validate', 'invalid-record', `${issue.path.join('.')}: ${issue.message}`);
    }
    const timings = { decode, ingest: t1 - t0, tag: doc.tagMs, rules: t2 - t1 - doc.tagMs, assemble: t3 - t2 };
    return { ok: true, id: input.id, file: input.file, record: checked.data, text: article.text, timings };
  } catch (err) {
    // A rule that throws is a bug; the article is reported and the run goes on.
    const e = err as Error;
    return fail('extract', 'internal-error', `${e.name}: ${e.message}`);
  }
}

/** Whether the article has a trigger that can open an incident; without one assembly opens none. */
export function mayTellIncident(doc: ExtractDoc): boolean {
  return extractTriggers(doc).some(opensIncident);
}

function timeDecode(input: RawInput): number {
  const format = formatOf(input.file);
  if (!format.ok) return 0;
  const t = now();
  decodeBytes(input.bytes, format.value);
  return now() - t;
}

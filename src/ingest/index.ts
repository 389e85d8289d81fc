/**
 * ingest: one corpus file (bytes) → cleaned text with blocks, sentences, metadata and
 * diagnostics, or a failure that names the reason. Pure and deterministic: no clock, no I/O.
 *
 * Steps: format (extension) → inflate (.gz) → decode → empty check → sidecar → format reader (text, HTML, JSON)
 * → cleanup (clean.ts) → size cap (limits.ts) → metadata resolution → text assembly and sentences → quality checks.
 */
import type { Diagnostic } from '../schema/index.ts';
import type { IngestedArticle, IngestResult, InputFormat, RawInput } from './types.ts';
import { cleanBlocks } from './clean.ts';
import { inflate } from './compression.ts';
import { decodeBytes, isBlank } from './decode.ts';
import { ok, type Draft, type MetaClaim, type Step } from './draft.ts';
import { capText, largeFileWarning } from './limits.ts';
import { formatOf } from './format.ts';
import { readHtml } from './html/index.ts';
import { readJsonArticle } from './json.ts';
import { resolveMeta } from './meta.ts';
import { qualityDiagnostics } from './quality.ts';
import { assembleText, splitSentences } from './segment.ts';
import { readSidecar } from './sidecar.ts';
import { readPlainText } from './text.ts';

export type { IngestedArticle, IngestResult, RawInput } from './types.ts';

export function ingest(input: RawInput): IngestResult {
  const format = formatOf(input.file);
  if (!format.ok) return format;
  const inflated = inflate(input.file, input.bytes);
  if (!inflated.ok) return failure(inflated.error.code, `${input.file}: ${inflated.error.message}`);
  const decoded = decodeBytes(inflated.value.bytes, format.value);
  const large = largeFileWarning(inflated.value.bytes.length);
  if (large) inflated.value.diagnostics.push(large);
  if (!decoded.ok) return failure(decoded.error.code, `${input.file}: ${decoded.error.message}`);
  if (isBlank(decoded.value.text)) return failure('empty-file', `${input.file}: file is empty or whitespace only`);
  const sidecar = readSidecar(input);
  if (!sidecar.ok) return sidecar;
  const draft = readFormat(format.value, decoded.value.text, sidecar.value);
  if (!draft.ok) return failure(draft.error.code, `${input.file}: ${draft.error.message}`);
  const article = buildArticle(input, format.value, draft.value, sidecar.value);
  article.diagnostics.unshift(...inflated.value.diagnostics, ...decoded.value.diagnostics);
  return { ok: true, article };
}

/** The reader for the format; sidecar claims give the text reader its title hint. */
function readFormat(format: InputFormat, text: string, sidecar: MetaClaim[]): Step<Draft> {
  if (format === 'text') return ok(readPlainText(text, titleOf(sidecar)));
  if (format === 'html') return ok(readHtml(text));
  const json = readJsonArticle(text);
  if (!json.ok) return json;
  const { body, claims, diagnostics } = json.value;
  const inner = body.format === 'html' ? readHtml(body.value) : readPlainText(body.value, titleOf([...sidecar, ...claims]));
  return ok({ blocks: inner.blocks, claims: [...claims, ...inner.claims], diagnostics: [...diagnostics, ...inner.diagnostics] });
}

/** Claims rank: sidecar, then what the file itself declares, then what its text lines suggest. */
function buildArticle(input: RawInput, format: InputFormat, draft: Draft, sidecar: MetaClaim[]): IngestedArticle {
  const cleaned = cleanBlocks(draft.blocks);
  const capped = capText(cleaned.blocks);
  const resolved = resolveMeta(input.id, [...sidecar, ...draft.claims, ...cleaned.claims]);
  const { text, blocks } = assembleText(capped.blocks);
  const sentences = splitSentences(text, blocks);
  const diagnostics: Diagnostic[] = [...draft.diagnostics, ...cleaned.diagnostics, ...capped.diagnostics, ...resolved.diagnostics, ...qualityDiagnostics(text, blocks)];
  return { id: input.id, file: input.file, format, text, meta: resolved.meta, blocks, sentences, diagnostics };
}

function titleOf(claims: readonly MetaClaim[]): string | null {
  return claims.find((c) => c.field === 'title')?.value ?? null;
}

function failure(code: string, message: string): IngestResult {
  return { ok: false, error: { code, message } };
}

/**
 * What the readers (text, HTML, JSON) hand to the shared cleanup steps: blocks of text not yet
 * placed in the final string, metadata claims in priority order, and the diagnostics so far.
 */
import type { Diagnostic } from '../schema/index.ts';
import type { BlockKind, IngestFailure } from './types.ts';

export interface DraftBlock {
  kind: BlockKind;
  /** Block text; may hold single "\n" line breaks (from <br> or text lines), never "\n\n". */
  text: string;
  /** Heading level (1–6) when the block came from an <h1>–<h6>. */
  level?: number;
}

export type MetaField = 'title' | 'source' | 'url' | 'published' | 'author' | 'language';

/** One candidate value for a metadata field; the first usable claim of a field wins. */
export interface MetaClaim {
  field: MetaField;
  value: string;
  /** Where it came from, e.g. "sidecar", "html:og:title", "text:first-line". */
  origin: string;
}

export interface Draft {
  blocks: DraftBlock[];
  claims: MetaClaim[];
  diagnostics: Diagnostic[];
}

/** A step that may fail the whole file. Failures are values, never thrown across the batch. */
export type Step<T> = { ok: true; value: T } | { ok: false; error: IngestFailure };

export function ok<T>(value: T): Step<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string): Step<T> {
  return { ok: false, error: { code, message } };
}

export function info(code: string, message: string): Diagnostic {
  return { severity: 'info', code, message };
}

export function warning(code: string, message: string): Diagnostic {
  return { severity: 'warning', code, message };
}

/** Claims for the fields of a flat object (sidecar, JSON export), skipping empty values. */
export function claimsFrom(values: Partial<Record<MetaField, string | null | undefined>>, origin: string): MetaClaim[] {
  const claims: MetaClaim[] = [];
  for (const [field, value] of Object.entries(values) as Array<[MetaField, string | null | undefined]>) {
    if (typeof value === 'string' && value.trim() !== '') claims.push({ field, value, origin });
  }
  return claims;
}

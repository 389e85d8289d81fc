/**
 * JSON exports: `{ text | html, title?, source?, url?, published?, author? }`. When both bodies
 * are present, `text` wins (it is already extracted; our HTML extractor is a first version).
 */
import type { Diagnostic } from '../schema/index.ts';
import { claimsFrom, fail, ok, warning, type MetaClaim, type MetaField, type Step } from './draft.ts';
import { isObject, personNames } from './jsonld.ts';

export interface JsonArticle {
  body: { format: 'text' | 'html'; value: string };
  claims: MetaClaim[];
  diagnostics: Diagnostic[];
}

const STRING_FIELDS: readonly MetaField[] = ['title', 'source', 'url', 'published'];

export function readJsonArticle(text: string): Step<JsonArticle> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail('malformed-json', (e as Error).message);
  }
  if (!isObject(value)) return fail('malformed-json', `expected a JSON object at the top level, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  const body = bodyOf(value);
  if (!body) return fail('json-no-body', 'neither a non-empty "text" nor "html" string field');
  const diagnostics: Diagnostic[] = [];
  if (body.format === 'text' && nonBlank(value.html)) diagnostics.push(warning('json-html-ignored', 'both "text" and "html" given; "text" used'));
  return ok({ body, claims: metaClaims(value, diagnostics), diagnostics });
}

function bodyOf(obj: Record<string, unknown>): JsonArticle['body'] | null {
  if (nonBlank(obj.text)) return { format: 'text', value: obj.text };
  if (nonBlank(obj.html)) return { format: 'html', value: obj.html };
  return null;
}

/** Metadata fields; a field of the wrong type is ignored with a warning, not a failure. */
function metaClaims(obj: Record<string, unknown>, diagnostics: Diagnostic[]): MetaClaim[] {
  const values: Partial<Record<MetaField, string>> = {};
  for (const field of STRING_FIELDS) {
    const v = obj[field];
    if (typeof v === 'string') values[field] = v;
    else if (v !== undefined && v !== null) diagnostics.push(warning('json-field-ignored', `field "${field}" is ${typeof v}, expected a string`));
  }
  values.author = personNames(obj.author);
  return claimsFrom(values, 'json');
}

function nonBlank(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

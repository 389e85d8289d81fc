/**
 * `<id>.meta.json` beside an article: metadata that supplies or overrides what the page says.
 * A sidecar is written by a person or a crawler on purpose, so a broken one fails the file
 * (`bad-sidecar`) instead of being silently ignored.
 */
import { z } from 'zod';
import type { RawInput } from './types.ts';
import { normalizePublishedDate } from './dates.ts';
import { claimsFrom, fail, ok, type MetaClaim, type Step } from './draft.ts';

const optionalText = z.string().nullish();

export const Sidecar = z.looseObject({
  title: optionalText,
  source: optionalText,
  url: optionalText,
  author: optionalText,
  published: z
    .string()
    .refine((s) => normalizePublishedDate(s) !== null, { message: 'not a date (expected YYYY-MM-DD or null)' })
    .nullish(),
});
export type Sidecar = z.infer<typeof Sidecar>;

/** Claims from the sidecar (none when there is no sidecar), or a `bad-sidecar` failure. */
export function readSidecar(input: RawInput): Step<MetaClaim[]> {
  if (!input.sidecar) return ok([]);
  const file = input.sidecarFile ?? `${input.id}.meta.json`;
  const parsed = parseSidecarJson(input.sidecar);
  if (!parsed.ok) return fail('bad-sidecar', `${file}: ${parsed.error.message}`);
  const result = Sidecar.safeParse(parsed.value);
  if (!result.success) return fail('bad-sidecar', `${file}: ${describeIssue(result.error.issues[0], parsed.value)}`);
  const { title, source, url, author, published } = result.data;
  return ok(claimsFrom({ title, source, url, author, published: published && normalizePublishedDate(published) }, 'sidecar'));
}

function parseSidecarJson(bytes: Uint8Array): Step<unknown> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok(JSON.parse(text));
  } catch (e) {
    return fail('bad-sidecar', `not valid JSON (${(e as Error).message})`);
  }
}

/** "field "published": not a date … (got "tomorrow")", naming the field the way a person wrote it. */
function describeIssue(issue: z.core.$ZodIssue | undefined, value: unknown): string {
  if (!issue) return 'invalid sidecar';
  if (issue.path.length === 0) return `expected a JSON object, got ${JSON.stringify(value)?.slice(0, 40)}`;
  const field = issue.path.join('.');
  const got = (value as Record<string, unknown>)[String(issue.path[0])];
  return `field "${field}": ${issue.message} (got ${JSON.stringify(got)})`;
}

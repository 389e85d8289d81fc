/**
 * Metadata claims (sidecar, JSON fields, page tags, text lines) → one ArticleMeta. Claims come in
 * priority order; the first usable one of each field wins and its origin is recorded.
 */
import type { ArticleMeta, Diagnostic } from '../schema/index.ts';
import { dateFromUrl, normalizePublishedDate } from './dates.ts';
import { info, type MetaClaim, type MetaField } from './draft.ts';
import { normalizeInline } from './normalize.ts';

const FIELDS: readonly MetaField[] = ['title', 'source', 'url', 'published', 'author', 'language'];

export function resolveMeta(id: string, claims: readonly MetaClaim[]): { meta: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const chosen = new Map<MetaField, MetaClaim>();
  for (const claim of claims) {
    if (chosen.has(claim.field)) continue;
    const value = usableValue(claim, diagnostics);
    if (value !== null) chosen.set(claim.field, { ...claim, value });
  }
  addUrlDate(chosen);
  return { meta: metaFrom(id, chosen), diagnostics };
}

/** The claim's value cleaned up, or null when it cannot be used (empty, or a date we cannot read). */
function usableValue(claim: MetaClaim, diagnostics: Diagnostic[]): string | null {
  const value = normalizeInline(claim.value);
  if (value === '') return null;
  if (claim.field !== 'published') return value;
  const date = normalizePublishedDate(value);
  if (!date) diagnostics.push(info('unparsed-date', `${claim.origin}: "${value.slice(0, 60)}" is not a date; ignored`));
  return date;
}

/** Last resort for the date: a date written in the article URL (/2021/03/04/). */
function addUrlDate(chosen: Map<MetaField, MetaClaim>): void {
  const url = chosen.get('url');
  if (chosen.has('published') || !url) return;
  const date = dateFromUrl(url.value);
  if (date) chosen.set('published', { field: 'published', value: date, origin: `${url.origin}:url-path` });
}

function metaFrom(id: string, chosen: Map<MetaField, MetaClaim>): ArticleMeta {
  const value = (field: MetaField) => chosen.get(field)?.value ?? null;
  const origin: Record<string, string> = {};
  for (const field of FIELDS) {
    const claim = chosen.get(field);
    if (claim) origin[field] = claim.origin;
  }
  return {
    id,
    source: value('source'),
    url: value('url'),
    title: value('title'),
    published: value('published'),
    author: value('author'),
    language: value('language'),
    origin,
  };
}

/**
 * Metadata claims (sidecar, JSON fields, page tags, text lines) → one ArticleMeta. Claims come in
 * priority order; the first usable one of each field wins and its origin is recorded. The
 * publication date weighs all its claims (published.ts) and says when it is unsure.
 */
import type { ArticleMeta, Diagnostic } from '../schema/index.ts';
import { dateFromUrl } from './dates.ts';
import type { MetaClaim, MetaField } from './draft.ts';
import { normalizeInline } from './normalize.ts';
import { choosePublished, datedClaims } from './published.ts';

const FIELDS: readonly MetaField[] = ['title', 'source', 'url', 'published', 'author', 'language'];

export function resolveMeta(id: string, claims: readonly MetaClaim[]): { meta: ArticleMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const chosen = new Map<MetaField, MetaClaim>();
  for (const claim of claims) {
    if (claim.field === 'published' || chosen.has(claim.field)) continue;
    const value = normalizeInline(claim.value);
    if (value !== '') chosen.set(claim.field, { ...claim, value: claim.field === 'language' ? languageTag(value) : value });
  }
  const dated = datedClaims([...claims, ...urlDateClaims(chosen.get('url'))], diagnostics);
  const published = choosePublished(dated, diagnostics);
  if (published) chosen.set('published', { field: 'published', value: published.date, origin: published.origin });
  return { meta: metaFrom(id, chosen), diagnostics };
}

/** Last resort for the date: a date written in the article URL (/2021/03/04/). */
function urlDateClaims(url: MetaClaim | undefined): MetaClaim[] {
  const date = url ? dateFromUrl(url.value) : null;
  return date ? [{ field: 'published', value: date, origin: `${url!.origin}:url-path` }] : [];
}

/** "en_US" (OpenGraph's locale) → "en-US", the BCP 47 form <html lang> uses. */
export function languageTag(value: string): string {
  return value.trim().replace(/_/g, '-');
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

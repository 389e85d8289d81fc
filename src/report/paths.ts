/**
 * Where each page of the report lives and how pages link to each other. Article and incident
 * ids come from file names and article text, so they never become paths as they are: a page
 * name is a slug of the id (readable) plus a hash of the id (unique, and safe whatever the id
 * holds: `..`, `/`, quotes, non-Latin letters).
 *
 *   report/index.html
 *   report/articles/<slug>-<hash>.html
 *   report/incidents/<slug>-<hash>.html
 */
import { createHash } from 'node:crypto';
import { slug } from '../assemble/spans.ts';
import type { FactKindKey } from './data/kinds.ts';

/** Longest slug kept in a page name; the hash keeps long ids apart. */
const MAX_SLUG = 60;

export function pageName(id: string): string {
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  const s = slug(id).slice(0, MAX_SLUG).replace(/-+$/, '');
  return `${s ? `${s}-` : ''}${hash}.html`;
}

/** Href of an article page from a page at `depth` 0 (index) or 1 (articles/, incidents/). */
export function articleHref(id: string, depth: 0 | 1, anchor?: string): string {
  return `${depth ? '../' : ''}articles/${pageName(id)}${anchor ? `#${anchor}` : ''}`;
}

export function incidentHref(id: string, depth: 0 | 1, anchor?: string): string {
  return `${depth ? '../' : ''}incidents/${pageName(id)}${anchor ? `#${anchor}` : ''}`;
}

export function indexHref(depth: 0 | 1, anchor?: string): string {
  return `${depth ? '../' : ''}index.html${anchor ? `#${anchor}` : ''}`;
}

/** The anchor of a highlighted evidence span on its article page: kind and offsets. */
export function evidenceAnchor(kind: FactKindKey, start: number, end: number): string {
  return `ev-${kind}-${start}-${end}`;
}

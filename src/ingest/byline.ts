/**
 * Author and publication lines right under the headline ("By Jane Doe, Reuters",
 * "PUBLISHED: 13:05 EST, 13 February 2023 | UPDATED: …") are kept out of the body; the author
 * and date they give become low-priority metadata claims.
 */
import { BYLINE_AGENCY, BYLINE_SEGMENTS, DATE_LINE_MONTHS, DATE_LINE_WORDS } from '../lexicons/boilerplate.ts';
import type { Diagnostic } from '../schema/index.ts';
import { findDateIn, normalizePublishedDate } from './dates.ts';
import { info, type DraftBlock, type MetaClaim } from './draft.ts';
import { excerpt } from './boilerplate.ts';

/** How many blocks under the headline may hold byline lines. */
const BYLINE_WINDOW = 3;

export interface BylineInfo {
  author?: string;
  published?: string;
}

/** Author/date of a byline line, or null when the line is not (only) a byline. */
export function parseByline(line: string): BylineInfo | null {
  // One space between words: the patterns' adjacent \s* would backtrack on long runs of spaces.
  const segments = line.replace(/\s+/g, ' ').trim().split(/ [|•·] /);
  const found: BylineInfo = {};
  for (const segment of segments) {
    const hit = BYLINE_SEGMENTS.map((p) => p.pattern.exec(segment)).find((m) => m !== null);
    if (!hit && found.author && BYLINE_AGENCY.test(segment)) continue;
    if (!hit) return null;
    const author = hit.groups?.author;
    const date = hit.groups?.date && isPublicationKeyword(hit.groups.keyword) ? findDateIn(hit.groups.date) : null;
    if (author && !found.author) found.author = author;
    if (date && !found.published) found.published = date;
  }
  return found;
}

/** "Published"/"Posted" dates describe the article; "Updated"/"Modified" ones must never stand in for them. */
function isPublicationKeyword(keyword: string | undefined): boolean {
  return keyword !== undefined && /^(?:first )?(?:published|posted)$/i.test(keyword);
}

/** Removes byline lines from the top of the body (after the title, at most BYLINE_WINDOW blocks). */
export function stripLeadingBylines(blocks: readonly DraftBlock[]): { blocks: DraftBlock[]; claims: MetaClaim[]; diagnostics: Diagnostic[] } {
  const out = [...blocks];
  const claims: MetaClaim[] = [];
  const diagnostics: Diagnostic[] = [];
  let i = out[0]?.kind === 'title' ? 1 : 0;
  for (let seen = 0; i < out.length && seen < BYLINE_WINDOW; seen++) {
    if (isDateline(out[i].text)) {
      i++; // a bare date line may sit above or below the byline; it stays (as a dateline)
      continue;
    }
    const lines = out[i].text.split('\n');
    while (lines.length > 0 && takeByline(lines[0], claims, diagnostics)) lines.shift();
    if (lines.length > 0) {
      out[i] = { ...out[i], text: lines.join('\n') };
      break;
    }
    out.splice(i, 1);
  }
  return { blocks: out, claims, diagnostics };
}

function takeByline(line: string, claims: MetaClaim[], diagnostics: Diagnostic[]): boolean {
  const byline = parseByline(line);
  if (!byline) return false;
  diagnostics.push(info('byline-removed', `"${excerpt(line)}"`));
  if (byline.author) claims.push({ field: 'author', value: byline.author, origin: 'text:byline' });
  if (byline.published) claims.push({ field: 'published', value: byline.published, origin: 'text:byline' });
  return true;
}

/** A line that is only a date ("Feb. 13, 2023", "Monday, 13 February 2023 10:02 GMT", "sexta-feira, 22 de outubro de 2010 às 20:13"). */
export function isDateline(text: string): boolean {
  return !text.includes('\n') && (normalizePublishedDate(text) !== null || isDateWordsLine(text));
}

/** Longest line taken for a date-only line. */
const MAX_DATELINE_CHARS = 80;

/** Every word a date word (DATE_LINE_WORDS), a number or a time, with a day, a month and a year ("February 2023" may head a timeline). */
export function isDateWordsLine(text: string): boolean {
  if (text.length > MAX_DATELINE_CHARS) return false;
  const words = text.toLowerCase().split(/[\s,.;:\-–—\/|()]+/u).filter(Boolean);
  if (words.length === 0 || !words.every((w) => /^\d{1,4}(?:h\d{2})?$/.test(w) || DATE_LINE_MONTHS.has(w) || DATE_LINE_WORDS.has(w))) return false;
  if (/^\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b/.test(text)) return true; // 05/10/2018 (day and month order unknown)
  const year = words.some((w) => /^(?:19|20)\d{2}$/.test(w));
  const day = words.some((w) => /^(?:0?[1-9]|[12]\d|3[01])$/.test(w));
  return year && day && words.some((w) => DATE_LINE_MONTHS.has(w));
}

/** Marks date-only paragraphs as `dateline` blocks (kept: extraction may read them). */
export function markDatelines(blocks: readonly DraftBlock[]): DraftBlock[] {
  return blocks.map((b) => (b.kind === 'paragraph' && isDateline(b.text) ? { ...b, kind: 'dateline' } : b));
}

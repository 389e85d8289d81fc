/** Shape tests for lines of plain text: is it a headline, a section heading, a list item? */

/** Headlines are short and do not end like a sentence (a "?" or "!" headline is allowed). */
export const MAX_HEADLINE_CHARS = 200;
/** Section headings inside the body: one short line, no final punctuation. */
export const MAX_HEADING_WORDS = 15;
export const MAX_HEADING_CHARS = 120;

const BULLET = /^(?:[-*•▪‣◦]|\d{1,2}[.)])\s+/;

export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < MAX_HEADLINE_CHARS && /\p{L}/u.test(t) && !/[.,;:]$/.test(t);
}

export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADING_CHARS || t.includes('\n')) return false;
  if (t.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // Starts like a heading (capital or digit) and does not end like a sentence or a quote.
  return /^[\p{Lu}\p{N}]/u.test(t) && /\p{L}/u.test(t) && !/[.,;:!?"')\]]$/.test(t);
}

/** Same title ignoring case, spacing and punctuation ("Leak!" = "leak"). */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}

export function isBulletLine(line: string): boolean {
  return BULLET.test(line.trim());
}

export function stripBullet(line: string): string {
  return line.trim().replace(BULLET, '');
}

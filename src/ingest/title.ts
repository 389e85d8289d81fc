/** Page titles carry the site name: "Headline | Site", "Headline - Site", "Site | Headline". */

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ', ' / '];

/** Longest site suffix (in words) taken off a <title> when the site name is unknown. */
const MAX_SUFFIX_WORDS = 4;
/** Shortest headline (in words) left after taking a suffix off: "Russia - Ukraine talks" stays. */
const MIN_HEADLINE_WORDS = 4;

export interface SplitTitle {
  title: string;
  /** The site name taken off, when one was. */
  site?: string;
}

/**
 * Takes the site name off a title. `strict`: only when it equals `siteName` (for og:title, which
 * is usually clean); otherwise also a short last segment after a long enough headline.
 */
export function stripSiteSuffix(raw: string, siteName: string | undefined, strict = false): SplitTitle {
  const title = raw.replace(/\s+/g, ' ').trim();
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    if (siteName && sameName(tail, siteName)) return { title: head, site: tail };
    if (siteName && sameName(head, siteName)) return { title: tail, site: head };
    if (!strict && looksLikeSuffix(head, tail, sep)) return { title: head, site: tail };
  }
  return { title };
}

function looksLikeSuffix(head: string, tail: string, sep: string): boolean {
  const words = (s: string) => s.split(' ').filter(Boolean).length;
  const minHead = sep.trim() === '|' ? 2 : MIN_HEADLINE_WORDS;
  return words(tail) <= MAX_SUFFIX_WORDS && words(head) >= minHead && /^[\p{Lu}\p{N}]/u.test(tail);
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}

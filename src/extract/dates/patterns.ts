/**
 * Pattern fragments built from lexicon lists, longest first (like chrono's matchAnyPattern).
 * e.g. anyOf(['last', 'this past']) → "(?:this past|last)".
 */

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Alternation of the words, longest first so "this past" wins over "this". */
export const anyOf = (words: Iterable<string>): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRe).join('|')})`;

/** The words as whole words; an entry starting with an apostrophe ("'ll") must follow a letter. */
export function wordsRe(words: Iterable<string>, flags = 'i'): RegExp {
  const list = [...words];
  const plain = list.filter((w) => !w.startsWith("'"));
  const clitics = list.filter((w) => w.startsWith("'"));
  const alts: string[] = [];
  if (plain.length) alts.push(`(?<![\\w'])${anyOf(plain)}(?![\\w'])`);
  if (clitics.length) alts.push(`(?<=\\w)${anyOf(clitics)}(?!\\w)`);
  return new RegExp(alts.join('|'), flags);
}

/** Straight apostrophes, so "won’t" matches "won't" (same length: offsets are kept). */
export const straightQuotes = (s: string): string => s.replace(/[\u2018\u2019]/g, "'");

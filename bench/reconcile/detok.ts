/**
 * Rebuilds readable text from PTB-style tokens (ECB+ / MEANTIME CAT XML): the extractor sees
 * "Iran, five hurt" and "02:24", not "Iran , five hurt" and "02 : 24".
 *
 * Traps: "-" joins words only when both neighbours are word tokens ("hit-and-run"), a spaced dash
 * between sentences stays; straight double quotes alternate open/close within a sentence.
 */
const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', '%', ')', ']', '}', "''", '”', '’', '...', '…', "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '``', '“', '‘', '#']);
const CLITIC = /^(?:'|’)(?:s|t|re|ve|ll|d|m)$/i;
const WORDY = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

const QUOTES: Record<string, string> = { '``': '"', "''": '"' };

/** "02 : 24", "6 . 1", "120 , 000": a separator inside a number or a time. */
function inNumber(tokens: string[], i: number): boolean {
  const sep = (k: number) => tokens[k] === ':' || tokens[k] === '.' || (tokens[k] === ',' && /^\d{3}\b/.test(tokens[k + 1] ?? ''));
  const digitsAround = (k: number) => /\d$/.test(tokens[k - 1] ?? '') && /^\d/.test(tokens[k + 1] ?? '');
  return (sep(i) && digitsAround(i)) || (i >= 1 && sep(i - 1) && digitsAround(i - 1));
}

/** Joins one sentence's tokens with the spacing a writer would use. */
export function detokenize(tokens: string[]): string {
  let out = '';
  let openDouble = false;
  tokens.forEach((raw, i) => {
    const tok = QUOTES[raw] ?? raw;
    const prev = i > 0 ? tokens[i - 1] : '';
    const next = tokens[i + 1] ?? '';
    let glue = out.length > 0;
    if (NO_SPACE_BEFORE.has(raw) || CLITIC.test(raw)) glue = false;
    if (NO_SPACE_AFTER.has(prev)) glue = false;
    if (raw === '-' && WORDY.test(prev) && WORD_START.test(next)) glue = false;
    if (prev === '-' && i >= 2 && WORDY.test(tokens[i - 2]) && WORD_START.test(raw)) glue = false;
    if (inNumber(tokens, i)) glue = false;
    if ((raw === '’' || raw === "'") && /^(?:s|t|re|ve|ll|d|m)$/i.test(next) && WORDY.test(prev)) glue = false;
    if ((prev === '’' || prev === "'") && /^(?:s|t|re|ve|ll|d|m)$/i.test(raw) && i >= 2 && WORDY.test(tokens[i - 2])) glue = false;
    if (raw === '"') {
      if (openDouble) glue = false;
      openDouble = !openDouble;
    } else if (prev === '"' && openDouble) glue = false;
    out += (glue ? ' ' : '') + tok;
  });
  return out;
}

/**
 * MEANTIME's tokens back to natural-looking text, with an offset table so gold token spans
 * stay exact. Penn-Treebank-like tokens: no space before `, . ; : ! ? % ) 's n't`, no space
 * after `( $` (and `US$`), backtick pairs and apostrophe pairs become `"`.
 * e.g. ["Ford", "'s", "``", "Taurus", "''", ","] → `Ford's "Taurus",`
 */

export interface TokenSpan {
  start: number;
  end: number;
}

/** Tokens that attach to the word before them. */
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'')$/;
/** Tokens that attach to the word after them. */
const NO_SPACE_AFTER = /^(?:[([{]|``|.*\$)$/;

const surface = (tok: string): string => (tok === '``' || tok === "''" ? '"' : tok);

/** Joins one sentence's tokens; returns the text and each token's [start, end) in it. */
export function detokenize(tokens: readonly string[]): { text: string; spans: TokenSpan[] } {
  let text = '';
  const spans: TokenSpan[] = [];
  tokens.forEach((tok, i) => {
    const glue = i === 0 || NO_SPACE_BEFORE.test(tok) || NO_SPACE_AFTER.test(tokens[i - 1]);
    if (!glue) text += ' ';
    const s = surface(tok);
    spans.push({ start: text.length, end: text.length + s.length });
    text += s;
  });
  return { text, spans };
}

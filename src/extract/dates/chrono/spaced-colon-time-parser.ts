/**
 * chrono parser for a clock time typed with a space after the colon: "9: 45 PM", "10: 05 a.m.".
 * chrono's own time parser misses it. The meridiem is required ("Chapter 3: 45 pages" is no time).
 */
import type { Parser, ParsingContext } from 'chrono-node';

const PATTERN = /(?<![\w:.])(1[0-2]|0?[1-9]):\s+([0-5]\d)\s*([ap])\.?\s?m(?:\.|(?![\w]))/i;

export const spacedColonTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const h12 = Number(match[1]);
    const pm = match[3].toLowerCase() === 'p';
    const hour = (h12 % 12) + (pm ? 12 : 0);
    return context.createParsingComponents({ hour, minute: Number(match[2]), meridiem: pm ? 1 : 0 });
  },
};

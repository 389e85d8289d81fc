/**
 * chrono parser for four-digit 24-hour times, only with a zone or "hours" after them:
 * "0412 GMT", "1530 hours", "2300Z". A bare "1282" or "2019" is never a time.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import * as lex from '../../../lexicons/dates.ts';
import { anyOf } from '../patterns.ts';

const ZONES = anyOf(Object.keys(lex.ZONES).filter((z) => z !== 'Z'));
const PATTERN = new RegExp(
  `(?<![\\w$.,:/-])([01]\\d|2[0-3])([0-5]\\d)(?:\\s*(?:hours|hrs)\\b|(?=\\s+${ZONES}\\b|Z\\b|\\s+${anyOf(lex.LOCAL_TIME_PHRASES)}\\b))`,
);

export const militaryTimeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return context.createParsingComponents({ hour: Number(match[1]), minute: Number(match[2]) });
  },
};

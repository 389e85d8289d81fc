/**
 * chrono parser for dates said relative to publication or to the last date said:
 * "yesterday", "last night", "two days ago", "three years ago today", "a week earlier".
 * It states no calendar values (chrono would compute them from its reference); it tags the
 * result with the relative spec, and our resolvers count from the publication date or anchor.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import * as lex from '../../../lexicons/dates.ts';
import { anyOf } from '../patterns.ts';

const NUMBER = `(\\d{1,3}|${anyOf(Object.keys(lex.NUMBER_WORDS))})`;
const UNIT = '(days?|weeks?|months?|years?)';
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(${anyOf(Object.keys(lex.RELATIVE_PHRASES))})|${NUMBER}[\\s-]+${UNIT}\\s+(${anyOf(Object.keys(lex.RELATIVE_SUFFIXES))})(\\s+${anyOf(lex.RELATIVE_DAY_PINS)})?)(?![\\w])`,
  'i',
);
const TAG = 'factwire/relative:';

export const encodeRelative = (s: lex.RelativeSpec): string => `${TAG}${s.unit}:${s.n}:${s.gran}:${s.from}`;

/** The spec our parser tagged, from a (possibly merged) chrono result's tags. */
export function readRelativeTag(tags: Iterable<string>): lex.RelativeSpec | undefined {
  for (const t of tags) {
    if (!t.startsWith(TAG)) continue;
    const [unit, n, gran, from] = t.slice(TAG.length).split(':');
    return { unit, n: Number(n), gran, from } as lex.RelativeSpec;
  }
  return undefined;
}

/** The spec for a matched phrase: "two days ago" → { day, -2, day, publication }. */
export function relativeSpec(m: RegExpMatchArray): lex.RelativeSpec | null {
  if (m[1]) return lex.RELATIVE_PHRASES[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? null;
  const count = /^\d/.test(m[2]) ? Number(m[2]) : lex.NUMBER_WORDS[m[2].toLowerCase()];
  const unit = m[3].toLowerCase().replace(/s$/, '') as lex.RelativeUnit;
  const suffix = lex.RELATIVE_SUFFIXES[m[4].toLowerCase().replace(/\s+/g, ' ')];
  if (count === undefined || !suffix) return null;
  const gran = m[5] || suffix.from === 'anchor' || unit === 'day' || unit === 'week' ? 'day' : unit;
  return { unit, n: suffix.sign * count, gran, from: suffix.from };
}

export const relativeParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "USA Today", "Today show": a capitalised Today after a capitalised word is a name.
    if (/^Today/.test(match[0]) && /[A-Z][\w.]*\s+$/.test(context.text.slice(0, match.index))) return null;
    const spec = relativeSpec(match);
    return spec ? context.createParsingComponents().addTag(encodeRelative(spec)) : null;
  },
};

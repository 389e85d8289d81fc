/**
 * Seasons (TimeML): "the fall of 2008" → 2008-FA, "last spring" → the spring before the current
 * season, "in the summer" → the latest summer begun by publication (the coming one when the
 * clause points ahead). Not "a hot spring", "prices fall" (no year, modifier or lead word),
 * "in Spring Valley", "the winter Bering Sea fisheries" (a capitalised word after it).
 */
import type { ExtractDoc } from '../../doc.ts';
import type { Rule } from '../../types.ts';
import * as lex from '../../../lexicons/dates.ts';
import { makeCandidate, type DateCandidate } from '../candidate.ts';
import { anyOf } from '../patterns.ts';
import { tenseAround } from '../cues.ts';
import { execAll } from '../../shared/regex.ts';

const SEASON = `(${anyOf(Object.keys(lex.SEASONS))})`;
/** A capitalised word right after the season: part of a name or a modifier of one ("Spring Valley", "the winter Bering Sea fisheries"). */
const NAME_AFTER = /^\s+\p{Lu}/u;
const YEAR = `(?:\\s+(?:of\\s+)?(\\d{4}))?`;
const MODIFIED = new RegExp(`(?<![\\w-])(this|last|next|early|late|mid-?)\\s*${SEASON}${YEAR}(?![\\w-])`, 'gi');
const LED = new RegExp(`(?<=(?<![\\w-])${anyOf(lex.SEASON_LEADS)}\\s+(?:the\\s+)?)${SEASON}${YEAR}(?![\\w-])`, 'gi');
const WITH_YEAR = new RegExp(`(?<![\\w-])(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?(\\d{4})(?![\\w-])`, 'gi');

/** The year of a season said without one: `direction` 'last' | 'next' | 'this' | tense. */
export function seasonYear(startMonth: number, published: string, direction: string): number {
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const begun = startMonth <= m;
  if (direction === 'this') return y;
  if (direction === 'last') return begun && startMonth < m - 2 ? y : y - 1;
  if (direction === 'next' || direction === 'future') return begun ? y + 1 : y;
  return begun ? y : y - 1;
}

function seasonValue(doc: ExtractDoc, word: string, year: string | undefined, modifier: string | undefined, start: number, end: number): string {
  const s = lex.SEASONS[word.toLowerCase()];
  if (year) return `${year}-${s.code}`;
  if (!doc.published) return `XXXX-${s.code}`;
  const mod = modifier?.toLowerCase();
  const direction = mod === 'this' || mod === 'last' || mod === 'next' ? mod : tenseAround(doc, start, end);
  return `${seasonYear(s.startMonth, doc.published, direction)}-${s.code}`;
}

export const seasonRule: Rule<DateCandidate> = {
  id: 'date.season',
  description: 'A season: "the fall of 2008" → 2008-FA, "last spring", "in the summer".',
  extract(doc: ExtractDoc) {
    const out: DateCandidate[] = [];
    const push = (m: RegExpMatchArray, word: string, year?: string, modifier?: string): void => {
      const start = m.index!;
      const end = start + m[0].length;
      if (word.toLowerCase() === 'fall' && !year && !modifier) return; // "prices fall": only "the fall of 2008", "last fall"
      if (!year && NAME_AFTER.test(doc.text.slice(end, end + 3))) return;
      const value = seasonValue(doc, word, year, modifier, start, end);
      out.push(makeCandidate(doc, start, end, { ruleId: 'date.season', value, granularity: 'vague', timexType: 'DATE' }));
    };
    for (const m of execAll(MODIFIED, doc.text)) push(m, m[2], m[3], /^(?:this|last|next)$/i.test(m[1]) ? m[1] : undefined);
    for (const m of execAll(LED, doc.text)) push(m, m[1], m[2]);
    for (const m of execAll(WITH_YEAR, doc.text)) push(m, m[1], m[2]);
    return out;
  },
};

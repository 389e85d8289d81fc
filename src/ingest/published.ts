/**
 * The publication date, from every claim that gives one (claims come best first: sidecar, JSON
 * fields, JSON-LD, article meta tags, <time>, byline, URL path). Wrong dates are the most reported
 * defect of extractors, so the choice says when it is unsure instead of guessing silently:
 *
 * - `published-utc-shift`: the best claim is a UTC timestamp whose calendar date is one day off
 *   the date the publisher wrote (in the URL path or the byline): the written date is taken;
 * - `published-disagreement` (warning): two structured claims differ by more than a day;
 * - `published-weak-source`: the only dates are a <time> element, a byline or the URL path.
 * Modification dates are never claims (metadata.ts never reads them), so they cannot win.
 */
import type { Diagnostic } from '../schema/index.ts';
import { normalizePublishedDate } from './dates.ts';
import { info, warning, type MetaClaim } from './draft.ts';

/** Origins read from the words of the page rather than from fields made for the date. */
const WEAK_ORIGIN = /(?:^|:)(?:time|byline|first-line|url-path)$/;
/** Origins where the publisher writes the calendar date as local people read it. */
const WRITTEN_DATE_ORIGIN = /(?:byline|url-path)$/;
/** "…T01:30:00Z", "…T01:30:00+00:00": a timestamp in UTC. */
const UTC_TIMESTAMP = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;
const DAY_MS = 86_400_000;

export interface DatedClaim extends MetaClaim {
  /** The claim's date, `YYYY-MM-DD`. */
  date: string;
}

/** The published claims that hold a readable date, in order; the others are noted. */
export function datedClaims(claims: readonly MetaClaim[], diagnostics: Diagnostic[]): DatedClaim[] {
  const dated: DatedClaim[] = [];
  for (const claim of claims) {
    if (claim.field !== 'published') continue;
    const value = claim.value.replace(/\s+/g, ' ').trim();
    const date = normalizePublishedDate(value);
    if (date) dated.push({ ...claim, value, date });
    else if (value !== '') diagnostics.push(info('unparsed-date', `${claim.origin}: "${value.slice(0, 60)}" is not a date; ignored`));
  }
  return dated;
}

export function choosePublished(dated: readonly DatedClaim[], diagnostics: Diagnostic[]): DatedClaim | undefined {
  const best = dated[0];
  if (!best) return undefined;
  const written = writtenLocalDate(best, dated);
  if (written) {
    diagnostics.push(info('published-utc-shift', `${best.origin} gives ${best.value} (UTC); the publisher's own date is ${written.date} (${written.origin}): taken`));
    return { ...best, date: written.date, origin: `${best.origin}+${written.origin}` };
  }
  const disagreeing = dated.filter((c) => !WEAK_ORIGIN.test(c.origin) && daysApart(c.date, best.date) > 1);
  if (disagreeing.length > 0) {
    const others = disagreeing.map((c) => `${c.date} (${c.origin})`).join(', ');
    diagnostics.push(warning('published-disagreement', `publication dates disagree: ${best.date} (${best.origin}) taken; also ${others}`));
  }
  if (WEAK_ORIGIN.test(best.origin)) diagnostics.push(info('published-weak-source', `publication date only from ${best.origin}: it may be another date of the page`));
  return best;
}

/** For a UTC timestamp, a date the publisher wrote that is one day off it. */
function writtenLocalDate(best: DatedClaim, dated: readonly DatedClaim[]): DatedClaim | undefined {
  if (!UTC_TIMESTAMP.test(best.value)) return undefined;
  return dated.find((c) => WRITTEN_DATE_ORIGIN.test(c.origin) && daysApart(c.date, best.date) === 1);
}

export function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}

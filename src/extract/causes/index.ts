/**
 * Cause extraction: the clauses that state why an incident happened, each with the span that
 * states it (`text === doc.text.slice(start, end)`), a short `clause`, and the `cue` class
 * (`due-to`, `caused-by`, `claimed`, `unknown`, ...). Which incident a cause belongs to is the
 * assemble stage's call. Cue data: src/lexicons/causes.ts.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention } from '../types.ts';
import { causeRefiners } from './refine.ts';
import { causeRules } from './rules.ts';

export { causeRules } from './rules.ts';
export { causeRefiners } from './refine.ts';

export function extractCauses(doc: ExtractDoc): ClauseMention[] {
  let mentions = causeRules.flatMap((r) => r.extract(doc));
  for (const r of causeRefiners) mentions = r.refine(mentions, doc);
  return mentions;
}

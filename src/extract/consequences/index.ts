/**
 * Consequence extraction: the clauses that state what followed an incident (deaths, injuries,
 * damage, cancellations, suspensions, investigations, safety outcomes, ...), each with the span
 * that states it (`text === doc.text.slice(start, end)`), a short `clause` and the `cue` class.
 * Which incident a consequence belongs to is the assemble stage's call.
 * Cue data: src/lexicons/consequences.ts.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention } from '../types.ts';
import { consequenceRefiners } from './refine.ts';
import { consequenceRules } from './rules.ts';

export { consequenceRules } from './rules.ts';
export { consequenceRefiners } from './refine.ts';

export function extractConsequences(doc: ExtractDoc): ClauseMention[] {
  let mentions = consequenceRules.flatMap((r) => r.extract(doc));
  for (const r of consequenceRefiners) mentions = r.refine(mentions, doc);
  return mentions;
}

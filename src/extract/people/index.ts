/**
 * People: named persons with their role and affiliation when the text states them.
 *
 * The run order matters (chrono style: rules, then refiners):
 * 1. rules find candidate spans, each cut to the name alone;
 * 2. merge-spans makes one mention per name, joining roles (must run before surname-variant,
 *    which skips words already inside a mention);
 * 3. surname-variant adds lone surnames, typos and transliterations of names found;
 * 4. exclusions marks bylines, credits, contacts and outlets last, so they see final spans.
 */
import type { ExtractDoc } from '../doc.ts';
import type { PersonMention, Refiner, Rule } from '../types.ts';
import { appositionRole, roleApposition } from './apposition.ts';
import { compromisePeople } from './compromise-people.ts';
import { markExclusions } from './exclusions.ts';
import { mergePersonSpans } from './merge.ts';
import { surnameVariants } from './surname-variants.ts';
import { titlePrefix } from './title-prefix.ts';

export { groupPeople, type PersonGroup } from './group.ts';

export const personRules: readonly Rule<PersonMention>[] = [
  // specific rules first (ties in merge-spans are broken by rule rank, not by this order)
  appositionRole,
  roleApposition,
  titlePrefix,
  compromisePeople,
];

export const personRefiners: readonly Refiner<PersonMention>[] = [
  mergePersonSpans,
  surnameVariants,
  mergePersonSpans, // a surname found twice (two rules) is one mention
  markExclusions,
];

const cache = new WeakMap<ExtractDoc, PersonMention[]>();

/** Person mentions in text order (computed once per doc; the location rules read them too). */
export function extractPeople(doc: ExtractDoc): PersonMention[] {
  let mentions = cache.get(doc);
  if (!mentions) {
    mentions = personRules.flatMap((r) => r.extract(doc));
    for (const refiner of personRefiners) mentions = refiner.refine(mentions, doc);
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    cache.set(doc, mentions);
  }
  return mentions.map((m) => ({ ...m }));
}

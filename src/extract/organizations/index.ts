/**
 * Organisations: agencies, operators, investigators, manufacturers and companies acting in the
 * story, each mention named canonically so groupOrganizations can merge spellings.
 *
 * Run order:
 * 1. rules: outlets (found so that "NASA TV" can claim its span from "NASA"), the lexicon,
 *    acronym definitions, org-word suffixes, then compromise's own guesses;
 * 2. overlaps: one mention per span, the longest; then names that are no organisation (stock
 *    indexes, demonyms) out, and every other place the article says a name found (repeat.ts);
 * 3. outlet-sources: drop outlets that only appear as sources of reporting (after overlaps, so
 *    "NASA TV coverage" removes the outlet and leaves no stray "NASA");
 * 4. canonical names for lexicon spellings.
 */
import type { ExtractDoc } from '../doc.ts';
import type { NamedMention, Refiner, Rule } from '../types.ts';
import { acronymExpansionRule } from './acronym-expansion.ts';
import { carMakerRule } from './car-maker.ts';
import { businessRule, descriptorRule } from './company-context.ts';
import { compromiseRule } from './compromise-orgs.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { dropSourceOutlets, outletRule } from './outlets.ts';
import { canonicalOrgNames, dropNotOrgs, resolveOrgOverlaps } from './refiners.ts';
import { repeatOrgs } from './repeat.ts';
import { suffixRule } from './suffix-rule.ts';

export { groupOrganizations, type OrganizationGroup } from './group.ts';

export const organizationRules: readonly Rule<NamedMention>[] = [
  outletRule, lexiconRule, acronymExpansionRule, suffixRule, descriptorRule, businessRule, carMakerRule, compromiseRule,
];

/** In run order; the first (overlaps) is applied by organizationSpans, which is cached. */
export const organizationRefiners: readonly Refiner<NamedMention>[] = [resolveOrgOverlaps, dropSourceOutlets, canonicalOrgNames];

const spansCache = new WeakMap<ExtractDoc, NamedMention[]>();

/**
 * Every span an organisation rule claims, outlets included, one per span, before outlets are
 * dropped: the location rules use it so that "Japan Coast Guard" or "Washington Post" yields no
 * place. Computed once per doc.
 */
export function organizationSpans(doc: ExtractDoc): NamedMention[] {
  let spans = spansCache.get(doc);
  if (!spans) {
    const found = dropNotOrgs(resolveOrgOverlaps.refine(organizationRules.flatMap((r) => r.extract(doc)), doc), doc);
    spans = resolveOrgOverlaps.refine([...found, ...repeatOrgs(doc, found)], doc);
    spansCache.set(doc, spans);
  }
  return spans.map((m) => ({ ...m }));
}

export function extractOrganizations(doc: ExtractDoc): NamedMention[] {
  let mentions = organizationSpans(doc);
  for (const refiner of organizationRefiners.slice(1)) mentions = refiner.refine(mentions, doc);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

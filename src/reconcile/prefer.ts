/**
 * Disagreements: values of one field (an occurrence date, a planned date, a casualty count) that
 * cannot all hold. Every value is kept with the articles that state it; one is preferred by one
 * rule, the same for every field (README, "Reconcile"):
 *   1. more independent sources (syndicated copies and one outlet's articles count once; a
 *      source stating a consistent value, such as the month of a day, supports it too);
 *   2. then the more specific value (a minute beats a day, a day beats a month);
 *   3. then the more recent report (the latest publication date among the articles stating it:
 *      counts and times get corrected as the news ages);
 *   4. then the smaller value, so that the choice never depends on input order.
 */
export interface Claim {
  value: string;
  sources: string[];
}

export interface FieldRules {
  /** Values that can both hold ("2026-03" and "2026-03-10"; equal counts). */
  consistent(a: string, b: string): boolean;
  /** Higher is more specific. */
  specificity(v: string): number;
}

export interface Ranked {
  value: string;
  sources: string[];
  independentSources: number;
}

export interface Outcome {
  /** The values in conflict (those consistent with every other value are left out), sorted. */
  values: Ranked[];
  preferred: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The disagreement among claims, or null when every pair of values stated by different articles
 * can both hold.
 * `independent` counts sources; `published` gives an article's publication date (or null).
 */
export function disagreement(claims: Claim[], rules: FieldRules, independent: (articles: Iterable<string>) => number, published: (article: string) => string | null): Outcome | null {
  // one article stating two values is that article's own muddle (or an extraction slip), not two sources disagreeing
  const acrossArticles = (c: Claim, d: Claim) => c.sources.some((x) => d.sources.some((y) => x !== y));
  // each pair of values is compared once (a sort would otherwise ask for every support again per comparison)
  const consistent = claims.map((c) => claims.map((d) => rules.consistent(c.value, d.value)));
  const conflicting = claims.filter((c, i) => claims.some((d, j) => !consistent[i][j] && acrossArticles(c, d)));
  if (!conflicting.length) return null;
  const support = new Map(claims.map((c, i) => [c, independent(claims.filter((_, j) => consistent[i][j]).flatMap((d) => d.sources))]));
  const latest = (c: Claim) => c.sources.map((s) => published(s) ?? '').sort().pop() ?? '';
  const values = conflicting.map((c) => ({ value: c.value, sources: [...c.sources].sort(), independentSources: support.get(c)! }));
  const ranked = [...conflicting].sort(
    (a, b) => support.get(b)! - support.get(a)! || rules.specificity(b.value) - rules.specificity(a.value) || cmp(latest(b), latest(a)) || compareValues(a.value, b.value),
  );
  return { values: values.sort((a, b) => compareValues(a.value, b.value)), preferred: ranked[0].value };
}

/** Numbers by size, anything else as text. */
function compareValues(a: string, b: string): number {
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : cmp(a, b);
}

export const PREFERENCE_RULE = 'most independent sources (copies and one outlet count once), then the most specific value, then the most recent report, then the smallest value';

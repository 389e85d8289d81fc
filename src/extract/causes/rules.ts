/**
 * The cause rules, in one ordered list: one rule per cue entry of src/lexicons/causes.ts (read
 * by the small function of its shape), then the unknown-cause rule. Order is priority: the
 * duplicate refiner keeps the earlier rule's mention.
 */
import type { ClauseMention, Rule } from '../types.ts';
import { causeCues, type CauseCue, type CauseShape } from '../../lexicons/causes.ts';
import { betweenRule } from './between.ts';
import { objectAfterRule } from './object-after.ts';
import { subjectBeforeRule } from './subject-before.ts';
import { unknownCauseRule } from './unknown.ts';

const byShape: Record<Exclude<CauseShape, 'unknown'>, (cue: CauseCue) => Rule<ClauseMention>> = {
  'object-after': objectAfterRule,
  'subject-before': subjectBeforeRule,
  between: betweenRule,
};

export const causeRules: Rule<ClauseMention>[] = [
  ...causeCues.filter((c) => c.shape !== 'unknown').map((c) => byShape[c.shape as Exclude<CauseShape, 'unknown'>](c)),
  // last: an unknown cause never competes with a stated one (the refiners leave it alone)
  unknownCauseRule,
];

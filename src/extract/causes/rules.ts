/**
 * The cause rules, in one ordered list: one rule per cue entry of src/lexicons/causes.ts (read
 * by the small function of its shape), then the condition classes, then the unknown-cause rule. Order is priority: the
 * duplicate refiner keeps the earlier rule's mention.
 */
import type { ClauseMention, Rule } from '../types.ts';
import { causeConditions, causeCues, type CauseCue, type CauseShape } from '../../lexicons/causes.ts';
import { cueClassRule } from '../consequences/cue-class.ts';
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
  // conditions stated without a connective ("gusting crosswinds", "a lot faster than normal")
  ...causeConditions.map((c) => cueClassRule(c, 'cause')),
  // last: an unknown cause never competes with a stated one (the refiners leave it alone)
  unknownCauseRule,
];

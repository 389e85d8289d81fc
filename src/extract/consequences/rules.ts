/**
 * The consequence rules, in one ordered list: one rule per cue class of
 * src/lexicons/consequences.ts, then the anaphoric `result` fallback (kept only where no class
 * rule covers the clause).
 */
import type { ClauseMention, Rule } from '../types.ts';
import { consequenceCues } from '../../lexicons/consequences.ts';
import { cueClassRule } from './cue-class.ts';
import { resultRule } from './result.ts';

export const consequenceRules: Rule<ClauseMention>[] = [...consequenceCues.map((c) => cueClassRule(c)), resultRule];

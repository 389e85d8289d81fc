/**
 * Takes the word before a weekday, month or year into the span and notes what it does:
 * "last July" (modifier last), "next Saturday" (next), "early Thursday", "mid-2019" (span only).
 */
import type { Refiner } from '../../types.ts';
import { MODIFIERS } from '../../../lexicons/dates.ts';
import { respan, type DateCandidate, type Modifier } from '../candidate.ts';
import { anyOf } from '../patterns.ts';

const BEFORE = new RegExp(`(?<![\\w-])(${anyOf(Object.keys(MODIFIERS))})(?:\\s+|-)$`, 'i');
const INSIDE = new RegExp(`^(${anyOf(Object.keys(MODIFIERS))})\\s+`, 'i');
const modifierOf = (word: string): Modifier | null => MODIFIERS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;

/** Weekday, month or year said alone (maybe with a time): the expressions a modifier can change. */
const takesModifier = (c: DateCandidate): boolean =>
  !c.relative && c.timexType !== 'DURATION' && c.timexType !== 'SET' && c.parts.day === undefined &&
  c.parts.quarter === undefined && (c.parts.weekday !== undefined || c.parts.month !== undefined || c.parts.year !== undefined);

export const extendModifier: Refiner<DateCandidate> = {
  id: 'date.extend-modifier',
  description: 'Takes "last"/"next"/"this"/"early"/"mid-" before a weekday, month or year into the span.',
  refine(mentions, doc) {
    return mentions.map((c) => {
      if (!takesModifier(c)) return c;
      const inside = INSIDE.exec(c.text);
      if (inside) {
        const modifier = modifierOf(inside[1]);
        return modifier ? { ...c, modifier } : c;
      }
      const m = BEFORE.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
      if (!m) return c;
      const out = respan(c, doc, c.start - m[0].length, c.end);
      const modifier = c.parts.year === undefined ? modifierOf(m[1]) : null;
      return modifier ? { ...out, modifier } : out;
    });
  },
};

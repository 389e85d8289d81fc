/**
 * Quarters: with a year, "2009-Q3"; without, the most recent such quarter on or before publication
 * ("Q3" in a February 2023 story → 2022-Q3), or the coming one when the clause is future.
 */
import type { Refiner } from '../../types.ts';
import { parseYMD, type YMD } from '../calendar.ts';
import type { DateCandidate } from '../candidate.ts';
import { directionOf, type Direction } from './direction.ts';

export function resolveQuarter(quarter: number, published: YMD, direction: Direction): number {
  const current = Math.ceil(published.month / 3);
  const ahead = direction === 'future' || direction === 'next';
  if (ahead) return quarter >= current ? published.year : published.year + 1;
  return quarter <= current ? published.year : published.year - 1;
}

export const resolveQuarterRefiner: Refiner<DateCandidate> = {
  id: 'date.quarter',
  description: '"the third quarter of 2009" → 2009-Q3; a bare "Q3" → the most recent Q3.',
  refine(mentions, doc) {
    const pub = parseYMD(doc.published);
    return mentions.map((c) => {
      const { quarter, year } = c.parts;
      if (c.value || quarter === undefined) return c;
      const y = year ?? (pub ? resolveQuarter(quarter, pub, directionOf(c, doc)) : undefined);
      const value = `${y === undefined ? 'XXXX' : String(y).padStart(4, '0')}-Q${quarter}`;
      return { ...c, value, granularity: 'quarter' as const, timexType: 'DATE' as const, ruleId: 'date.quarter' };
    });
  },
};

/**
 * Consequence refiners. Near-identical consequences in one article (the spacewalk canceled,
 * then "prompting NASA to cancel the spacewalk") stay separate mentions with the same cue: the
 * assemble stage groups them. Here: drop exact duplicates, drop a `result` mention where a
 * class rule already covers the clause, sort.
 */
import type { ClauseMention, Refiner } from '../types.ts';

export const dropDuplicates: Refiner<ClauseMention> = {
  id: 'consequence.refine.duplicates',
  description: 'same span and cue twice: keep the first',
  refine(ms) {
    const seen = new Set<string>();
    return ms.filter((m) => {
      const key = `${m.start}:${m.end}:${m.cue}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};

export const dropCoveredResults: Refiner<ClauseMention> = {
  id: 'consequence.refine.result',
  description: 'a `result` mention overlapping a class mention adds nothing',
  refine(ms) {
    const classed = ms.filter((m) => m.cue !== 'result');
    return ms.filter((m) => m.cue !== 'result' || !classed.some((c) => c.start < m.end && m.start < c.end));
  },
};

/**
 * A caption label ("Charred: the jet after the fire", "Search and rescue: divers…"): a few
 * words opening a paragraph and closed by a colon name a picture, they state nothing.
 */
export const dropCaptionLabels: Refiner<ClauseMention> = {
  id: 'consequence.refine.caption-label',
  description: 'a short label before a colon at the start of a paragraph is no consequence',
  refine(ms, doc) {
    return ms.filter((m) => {
      const block = doc.blockOf(m.sentence);
      const opens = doc.text.slice(block.start, m.start).trim() === '';
      return !(opens && /^\s*:/.test(doc.text.slice(m.end, m.end + 3)) && m.clause.split(/\s+/).length <= 3 && !/\d/.test(m.clause));
    });
  },
};

export const sortByPosition: Refiner<ClauseMention> = {
  id: 'consequence.refine.sort',
  description: 'by start, then end, then cue: deterministic output',
  refine: (ms) => [...ms].sort((a, b) => a.start - b.start || a.end - b.end || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0)),
};

export const consequenceRefiners: Refiner<ClauseMention>[] = [dropDuplicates, dropCoveredResults, dropCaptionLabels, sortByPosition];

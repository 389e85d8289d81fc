/**
 * One rule per consequence class of src/lexicons/consequences.ts: a cue match makes the clause
 * segment that holds it a consequence of that class (one mention per segment and class).
 * Span = the clause (attribution tail left out); `clause` = the span without leading
 * connectives ("However,", "Due to the issue,", "because").
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import type { ConsequenceCue } from '../../lexicons/consequences.ts';
import { segmentAt } from '../causes/segments.ts';
import { clauseMention, cueRegex, dropAttribution, negatedBefore } from '../causes/span.ts';
import { execAll, execAllAt, UnionStarts } from '../shared/regex.ts';

interface Range {
  start: number;
  end: number;
}

/** Ranges (sentence-relative) of every trap phrase in `text`. */
function trapRanges(traps: RegExp[], text: string): Range[] {
  return traps.flatMap((re) => execAll(re, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length })));
}

/** A negation inside the cue itself ("are not normal", "was not closed"). */
const NEGATED_CUE = /\b(?:not|never|no)\b|n['’]t\b/i;

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * The cue patterns of every class made so far, and one regex for all of them: each class would
 * scan every sentence with its own regexes (some 40 classes), but most sentences hold no cue at
 * all, and in the others cues start at a few places. One search with the union finds every
 * index where a cue of some class starts (UnionStarts), and each class tries its patterns only
 * there (execAllAt).
 */
const CUES = new UnionStarts((joined) => cueRegex(joined, 'gi', true));

/** Indexes in sentence `i` (relative to it) where a cue of some class starts; found once per document. */
export function cueStarts(doc: ExtractDoc, i: number): readonly number[] {
  return CUES.starts(doc, i);
}

/** Whether sentence `i` holds a cue of any class. */
export function mayHoldCue(doc: ExtractDoc, i: number): boolean {
  return cueStarts(doc, i).length > 0;
}

/** One rule per cue class; also read by the cause condition classes (`cause.<cue>`). */
export function cueClassRule(entry: ConsequenceCue, kind: 'consequence' | 'cause' = 'consequence'): Rule<ClauseMention> {
  const patterns = entry.patterns.map((p) => cueRegex(p, 'gi', true));
  const traps = (entry.traps ?? []).map((p) => cueRegex(p, 'gi', true));
  const id = `${kind}.${entry.cue}`;
  CUES.add(...entry.patterns);

  function extract(doc: ExtractDoc): ClauseMention[] {
    const out: ClauseMention[] = [];
    doc.sentences.forEach((s, i) => {
      const starts = cueStarts(doc, i);
      if (starts.length === 0) return; // no cue of any class: none of this one
      const text = doc.sentenceText(i);
      const hits = patterns.flatMap((re) => execAllAt(re, text, starts)).sort((a, b) => a.index! - b.index!);
      if (hits.length === 0) return;
      const trapped = trapRanges(traps, text);
      const done = new Set<number>();
      for (const m of hits) {
        const cue = { start: m.index!, end: m.index! + m[0].length };
        if (trapped.some((t) => overlaps(t, cue))) continue;
        const seg = segmentAt(doc, i, s.start + cue.start);
        if (done.has(seg.start)) continue;
        if (entry.negatable && (negatedBefore(doc.text, seg.start, s.start + cue.start) || (!entry.negationInCue && NEGATED_CUE.test(m[0])))) continue;
        done.add(seg.start);
        // a cue that runs over a clause boundary takes the clause where it ends
        const last = segmentAt(doc, i, s.start + cue.end - 1);
        const end = Math.max(dropAttribution(doc.text, seg.start, last.end), s.start + cue.end);
        const cueAt = s.start + cue.start;
        const mention = clauseMention(doc, kind, id, entry.cue, i, seg.start, end, seg.start, end, cueAt);
        if (mention) out.push(mention);
      }
    });
    return out;
  }
  return { id, description: entry.example, extract };
}

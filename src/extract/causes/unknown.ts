/**
 * `cause.unknown`: the text says the cause is not known or is being investigated ("the cause
 * remains unclear", "launched an investigation into the possible reason behind the leakage").
 * ONE mention per sentence, cue `unknown`; the span is the clause that says so.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import { unknownCauseCues } from '../../lexicons/causes.ts';
import { segmentAt } from './segments.ts';
import { clauseMention, cueRegex, dropAttribution } from './span.ts';

const PATTERNS = unknownCauseCues.map((p) => cueRegex(p, 'i'));

/** True when `text` says the cause is unknown (objects that say so are not causes). */
export function saysCauseUnknown(text: string): boolean {
  return PATTERNS.some((re) => re.test(text));
}

/** Offset (in `text`) of the first unknown-cause cue, or -1. */
function firstCue(text: string): number {
  let best = -1;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

function extract(doc: ExtractDoc): ClauseMention[] {
  const out: ClauseMention[] = [];
  doc.sentences.forEach((s, i) => {
    const at = firstCue(doc.sentenceText(i));
    if (at < 0) return;
    const seg = segmentAt(doc, i, s.start + at);
    const end = dropAttribution(doc.text, seg.start, seg.end);
    const mention = clauseMention(doc, 'cause', 'cause.unknown', 'unknown', i, seg.start, end);
    if (mention) out.push(mention);
  });
  return out;
}

export const unknownCauseRule: Rule<ClauseMention> = {
  id: 'cause.unknown',
  description: 'the cause is not known or under investigation: "the cause remains unclear" → one mention per sentence',
  extract,
};

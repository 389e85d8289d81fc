/**
 * Shape `between`: the cause sits inside the cue, in the named group `c` ("investigators are
 * looking into <c>sleep apnea</c> as a possible cause"). Span = the whole match.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import type { CauseCue } from '../../lexicons/causes.ts';
import { isEmptyCause } from './anaphor.ts';
import { CAUSE_CUES, clauseMention, cueRegex } from './span.ts';
import { execAllAt } from '../shared/regex.ts';

export function betweenRule(cue: CauseCue): Rule<ClauseMention> {
  const re = cueRegex(cue.pattern);
  CAUSE_CUES.add(cue.pattern);
  const id = `cause.${cue.id}`;

  function extract(doc: ExtractDoc): ClauseMention[] {
    const out: ClauseMention[] = [];
    doc.sentences.forEach((s, i) => {
      const starts = CAUSE_CUES.starts(doc, i);
      if (starts.length === 0) return; // no cause cue starts in this sentence
      for (const m of execAllAt(re, doc.sentenceText(i), starts)) {
        const group = m.indices?.groups?.c;
        if (!group || isEmptyCause(m.groups!.c)) continue;
        const start = s.start + m.index!;
        const mention = clauseMention(doc, 'cause', id, cue.cue, i, start, start + m[0].length, s.start + group[0], s.start + group[1]);
        if (mention) out.push(mention);
      }
    });
    return out;
  }
  return { id, description: cue.example, extract };
}

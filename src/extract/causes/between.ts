/**
 * Shape `between`: the cause sits inside the cue, in the named group `c` ("investigators are
 * looking into <c>sleep apnea</c> as a possible cause"). Span = the whole match.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import type { CauseCue } from '../../lexicons/causes.ts';
import { isEmptyCause } from './anaphor.ts';
import { clauseMention, cueRegex } from './span.ts';
import { execAll } from '../shared/regex.ts';

export function betweenRule(cue: CauseCue): Rule<ClauseMention> {
  const re = cueRegex(cue.pattern);
  const id = `cause.${cue.id}`;

  function extract(doc: ExtractDoc): ClauseMention[] {
    const out: ClauseMention[] = [];
    doc.sentences.forEach((s, i) => {
      for (const m of execAll(re, doc.sentenceText(i))) {
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

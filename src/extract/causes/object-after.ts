/**
 * Shape `object-after`: the cause follows the cue ("due to X", "caused by X", "investigators
 * believe X", "the engineer said X" when X states a failure). A named group `c` in the pattern
 * moves the clause start back ("after <c>a meteoroid struck</c> the radiator").
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import type { CauseCue } from '../../lexicons/causes.ts';
import { isEmptyCause } from './anaphor.ts';
import { npEnd, objectEnd } from './object.ts';
import { segmentAt } from './segments.ts';
import { CAUSE_CUES, clauseMention, cueRegex, negatedBefore } from './span.ts';
import { saysCauseUnknown } from './unknown.ts';
import { execAllAt } from '../shared/regex.ts';

/** "whether the wreck was the result of X": a hypothesis. */
const HYPOTHESIS = /\b(?:whether|if)\b/i;

const anchored = (src?: string) => (src ? new RegExp(String.raw`^\s*(?:${src})`, 'i') : null);

export function objectAfterRule(cue: CauseCue): Rule<ClauseMention> {
  const re = cueRegex(cue.pattern);
  CAUSE_CUES.add(cue.pattern);
  const trap = anchored(cue.objectTrap);
  const must = cue.objectMust ? cueRegex(cue.objectMust, 'i') : null;
  const stop = cue.objectStop ? new RegExp(cue.objectStop, 'i') : null;
  const context = cue.contextTrap ? new RegExp(cue.contextTrap, 'i') : null;
  const id = `cause.${cue.id}`;

  function extract(doc: ExtractDoc): ClauseMention[] {
    const out: ClauseMention[] = [];
    doc.sentences.forEach((s, i) => {
      const starts = CAUSE_CUES.starts(doc, i);
      if (starts.length === 0) return; // no cause cue starts in this sentence
      const text = doc.sentenceText(i);
      for (const m of execAllAt(re, text, starts)) {
        if (context?.test(text.slice(0, m.index))) continue;
        const cueStart = s.start + m.index!;
        const objStart = cueStart + m[0].length;
        const segStart = segmentAt(doc, i, cueStart).start;
        if (negatedBefore(doc.text, segStart, cueStart)) continue; // "was not caused by"
        const clauseEnd = objectEnd(doc, i, cueStart, objStart, { stop, adverbial: cue.adverbial });
        // "due to the fact that X": the object is a clause after all
        const np = cue.object === 'np' && !/\bthat\s+$/i.test(m[0]);
        const objEnd = np ? npEnd(doc, i, objStart, clauseEnd) : clauseEnd;
        const object = doc.text.slice(objStart, objEnd);
        if (trap?.test(object) || (must && !must.test(object)) || saysCauseUnknown(object)) continue;
        const group = m.indices?.groups?.c;
        const clauseStart = group ? s.start + group[0] : objStart;
        if (isEmptyCause(doc.text.slice(clauseStart, objEnd))) continue;
        const kind = HYPOTHESIS.test(doc.text.slice(segStart, cueStart)) ? 'suspected' : cue.cue;
        const mention = clauseMention(doc, 'cause', id, kind, i, cueStart, objEnd, clauseStart);
        if (mention) out.push(mention);
      }
    });
    return out;
  }
  return { id, description: cue.example, extract };
}

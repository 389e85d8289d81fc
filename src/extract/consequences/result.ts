/**
 * `consequence.result`: "Due to the issue, the spacewalk was canceled" / "the line was closed
 * following the crash". A cause link whose object is the incident itself (an anaphor: "the
 * issue", "the crash") is no cause; the main clause it modifies is a consequence. Cue `result`;
 * the refiners drop it where a class rule already covers the clause.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import { resultLinks } from '../../lexicons/consequences.ts';
import { alt } from '../../lexicons/causes.ts';
import { isIncidentAnaphor } from '../causes/anaphor.ts';
import { isPreposed } from '../causes/object.ts';
import { previousSegment, segmentAt } from '../causes/segments.ts';
import { clauseMention, cueRegex, dropAttribution } from '../causes/span.ts';
import { execAll } from '../shared/regex.ts';

const LINK = cueRegex(String.raw`(?:${alt(resultLinks)})\s+`, 'gi');

/** The main clause a link modifies: after the comma when preposed, else the clause before it. */
function mainClause(doc: ExtractDoc, i: number, linkStart: number, objStart: number): { start: number; end: number; objEnd: number } | null {
  const seg = segmentAt(doc, i, linkStart);
  if (isPreposed(doc, i, linkStart)) {
    const comma = doc.text.indexOf(',', objStart);
    if (comma < 0 || comma >= seg.end) return null;
    return { start: comma + 1, end: dropAttribution(doc.text, comma + 1, seg.end), objEnd: comma };
  }
  const own = doc.text.slice(seg.start, linkStart).trim();
  const prev = own ? { start: seg.start, end: linkStart } : previousSegment(doc, i, seg);
  return prev ? { start: prev.start, end: prev.end, objEnd: dropAttribution(doc.text, objStart, seg.end) } : null;
}

function extract(doc: ExtractDoc): ClauseMention[] {
  const out: ClauseMention[] = [];
  doc.sentences.forEach((s, i) => {
    for (const m of execAll(LINK, doc.sentenceText(i))) {
      const linkStart = s.start + m.index!;
      const objStart = linkStart + m[0].length;
      const main = mainClause(doc, i, linkStart, objStart);
      if (!main || !isIncidentAnaphor(doc.text.slice(objStart, main.objEnd))) continue;
      const mention = clauseMention(doc, 'consequence', 'consequence.result', 'result', i, main.start, main.end);
      if (mention) out.push(mention);
    }
  });
  return out;
}

export const resultRule: Rule<ClauseMention> = {
  id: 'consequence.result',
  description: 'main clause of "Due to the issue, X" / "X following the crash" → X',
  extract,
};

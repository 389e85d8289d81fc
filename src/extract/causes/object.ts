/**
 * Where the object of a cue ends: at the end of its clause segment, or at the first comma when
 * an adverbial cue opens the sentence ("Due to the issue, the spacewalk was canceled"), or at a stop
 * phrase; an attribution tail (", officials said") is left out.
 */
import type { ExtractDoc } from '../doc.ts';
import { has, isFinite, segmentAt, termsOf } from './segments.ts';
import { dropAttribution } from './span.ts';

const PREPOSED_LEAD =
  /^[\s"“‘']*(?:(?:and|but|so|however|meanwhile|also|still|yet|then|in\s+fact|in\s+part|partly|largely|mainly|perhaps|probably|possibly)\b,?\s*)*$/i;

/** True when only connectives stand between the sentence start and `cueStart`. */
export function isPreposed(doc: ExtractDoc, i: number, cueStart: number): boolean {
  return PREPOSED_LEAD.test(doc.text.slice(doc.sentences[i].start, cueStart));
}

export function objectEnd(
  doc: ExtractDoc,
  i: number,
  cueStart: number,
  objStart: number,
  opts: { stop?: RegExp | null; adverbial?: boolean } = {},
): number {
  const { stop, adverbial = false } = opts;
  let end = segmentAt(doc, i, objStart).end;
  if (adverbial && isPreposed(doc, i, cueStart)) {
    const comma = doc.text.indexOf(',', objStart);
    if (comma >= 0 && comma < end) end = comma;
  }
  if (stop) {
    const m = stop.exec(doc.text.slice(objStart, end));
    if (m) end = objStart + m.index;
  }
  return dropAttribution(doc.text, objStart, end);
}

const CONTRAST = /,\s+(?:not|but|rather|instead)\b/i;

/** Words that open a clause inside a noun phrase: a verb after them belongs to the object. */
const INNER_CLAUSE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because', 'as']);

/**
 * End of a noun-phrase object: before the first finite verb that follows a noun ("damage caused
 * by [the crash] is estimated"), unless a relative pronoun opened a clause inside the object
 * ("a meteoroid that left a hole"). The first word is never cut: compromise tags "fire" in
 * "due to fire" as a verb. A contrast (", not ...") ends it too.
 */
export function npEnd(doc: ExtractDoc, i: number, objStart: number, objEnd: number): number {
  // "the explosion, not due to the damaged sewer": a contrast closes the noun phrase
  const contrast = CONTRAST.exec(doc.text.slice(objStart, objEnd));
  if (contrast) objEnd = objStart + contrast.index;
  const terms = termsOf(doc, i).filter((t) => t.start >= objStart && t.end <= objEnd);
  for (let k = 1; k < terms.length; k++) {
    if (INNER_CLAUSE.has(terms[k].text.toLowerCase())) return objEnd;
    const prev = terms[k - 1];
    if (isFinite(terms, k) && has(prev, 'Noun') && !has(prev, 'Pronoun')) return terms[k].start;
  }
  return objEnd;
}

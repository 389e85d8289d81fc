/**
 * Is a cue's object the incident itself? "Due to the issue, the spacewalk was canceled": "the
 * issue" refers back to the incident, so it is no cause, and the main clause is a consequence.
 * Word lists and their traps: src/lexicons/causes.ts.
 */
import { alt, anaphorDeterminers, anaphorModifiers, eventWords, incidentWords, pronouns } from '../../lexicons/causes.ts';

const ANAPHOR = new RegExp(
  String.raw`^(?:${alt(anaphorDeterminers)})\s+(?:(?:${alt(anaphorModifiers)})\s+){0,2}(?:${alt(incidentWords)})(?:es|s)?$`,
  'i',
);
const PRONOUN = new RegExp(String.raw`^(?:${alt(pronouns)})$`, 'i');

/** Normalises a noun phrase: whitespace collapsed, edge punctuation removed. */
function norm(np: string): string {
  return np.replace(/\s+/g, ' ').replace(/^[\s"“‘'(]+|[\s"”’')\].,;:!?]+$/g, '');
}

/** "the issue", "this incident", "the recent crash", "it": refers back to the incident. */
export function isIncidentAnaphor(np: string): boolean {
  // "the crash which killed three": the relative clause does not change what the head refers to
  const s = norm(np.replace(/,?\s+(?:which|that|who)\s[\s\S]*$/i, ''));
  return ANAPHOR.test(s) || PRONOUN.test(s);
}

/** No cause at all: empty, a bare pronoun, or the incident itself. */
export function isEmptyCause(np: string): boolean {
  const s = norm(np);
  return !/\p{L}{2,}/u.test(s) || isIncidentAnaphor(s);
}

const EVENT_SUBJECT = new RegExp(
  String.raw`^(?:there\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?)?(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:${alt(eventWords)})(?:es|s)?\b`,
  'i',
);

/** "There was a collision in 1907 which led to ...", "the crash caused delays": the subject is the incident. */
export function isIncidentSubject(np: string): boolean {
  const s = norm(np);
  return /^there\s+(?:was|were|is|are)\b/i.test(s) || EVENT_SUBJECT.test(s) || isEmptyCause(s);
}

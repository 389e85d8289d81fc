/**
 * Shape `subject-before`: the cause precedes the cue ("a gas leak caused the explosion",
 * "..., causing the coolant to leak", "whether speed or the brakes were to blame"). The subject
 * runs from the last clause introducer (comma, "that", "whether", a reporting verb) to the cue;
 * a participle or relative ("which caused") takes the previous clause as its subject; a
 * relative after a noun ("a fault that caused") takes that noun phrase.
 * "whether/if X" and "X could have caused" are hedged: cue `suspected`.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention, Rule } from '../types.ts';
import { alt, hedgeWords, reportingVerbs, subjectTailWords, type CauseCue } from '../../lexicons/causes.ts';
import { isIncidentSubject } from './anaphor.ts';
import { objectEnd } from './object.ts';
import { has, previousSegment, segmentAt, termsOf, type Segment } from './segments.ts';
import { CAUSE_CUES, clauseMention, cueRegex, negatedBefore } from './span.ts';
import { execAllAt } from '../shared/regex.ts';

const INTRODUCER = new RegExp(
  String.raw`(?:,\s|\b(?:whether|if)\s|\b(?:${alt(reportingVerbs)})\s+(?:that\s+)?)`,
  'gi',
);
const HEDGE = /^(?:whether|if)\s$/i;
/** "a fault that caused the crash": the relative pronoun is not part of the subject. */
const TRAILING_RELATIVE = /\s+(?:that|which|who)\s*$/i;
/**
 * An -ing cue inside a clause modifies the noun before it ("factors contributing to", "thanks
 * to X for contributing to this post"): only a participle that opens its own clause counts.
 */
const REDUCED_RELATIVE = /^\w+ing\b/i;
/** "determine what caused the crash": a question, the unknown-cause rule's business. */
const WH_BEFORE = /\b(?:what|why|how)\s*$/i;
const NEGATED_CUE = /\bnot\b|n['’]t\b/i;

interface Subject {
  start: number;
  end: number;
  hedge: boolean;
}

/** Words between the subject and the cue ("the fire also caused", "X could have caused"). */
const TAIL = new RegExp(String.raw`(?:\s+(?:${alt(subjectTailWords)}))+\s*$`, 'i');
const HEDGED_TAIL = new RegExp(String.raw`\b(?:${alt(hedgeWords)})\b`, 'i');
const NP_TAGS = ['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'ProperNoun', 'Acronym'];
/** Words inside a noun phrase: "the source of the leak", "materials and chemicals". */
const NP_GLUE = new Set(['of', 'and', 'or']);

/** The noun phrase that ends at `to` ("complaints for releasing [gases] that caused"), or null. */
function lastNounPhrase(doc: ExtractDoc, i: number, from: number, to: number): { start: number; end: number } | null {
  const terms = termsOf(doc, i).filter((t) => t.start >= from && t.end <= to);
  let k = terms.length;
  while (k > 0) {
    const t = terms[k - 1];
    const inner = k < terms.length;
    if (inner && t.post.includes(',')) break;
    if (!NP_TAGS.some((g) => has(t, g)) && !(inner && NP_GLUE.has(t.text.toLowerCase()))) break;
    k--;
  }
  while (k < terms.length && NP_GLUE.has(terms[k].text.toLowerCase())) k++;
  return k < terms.length ? { start: terms[k].start, end: terms[terms.length - 1].end } : null;
}

/**
 * A subject that opens with a verb is a predicate ("was the source of", "leaving at least three
 * buildings damaged"); a gerund right before a noun is a modifier ("Folding wings deployed early").
 */
function startsWithVerb(doc: ExtractDoc, i: number, start: number, end: number): boolean {
  const terms = termsOf(doc, i).filter((t) => t.start >= start && t.end <= end);
  const [first, next] = terms;
  if (first === undefined || !has(first, 'Verb') || has(first, 'Noun')) return false;
  return !(has(first, 'Gerund') && next !== undefined && has(next, 'Noun') && !has(next, 'Pronoun'));
}

/**
 * "the folding wings – designed to slow it down – deployed early, causing ...": a clause that
 * opens with a verb after a dash continues the subject before the dash pair.
 */
function overParenthetical(doc: ExtractDoc, i: number, seg: Segment): number {
  let cur: Segment | undefined = seg;
  for (let hops = 0; cur && cur.opener === 'dash' && hops < 2 && startsWithVerb(doc, i, cur.start, cur.end); hops++) {
    const before = previousSegment(doc, i, cur);
    if (!before) break;
    cur = before.opener === 'dash' ? previousSegment(doc, i, before) : before;
  }
  return cur?.start ?? seg.start;
}

function subjectOf(doc: ExtractDoc, i: number, seg: Segment, cueStart: number): Subject | null {
  let from = seg.start;
  let to = cueStart;
  const tail = TAIL.exec(doc.text.slice(from, to));
  const hedged = tail !== null && HEDGED_TAIL.test(tail[0]);
  if (tail) to = from + tail.index;
  if (/^[\s,]*(?:which|that|who)?[\s,]*$/i.test(doc.text.slice(from, to))) {
    const prev = previousSegment(doc, i, seg);
    if (!prev) return null;
    ({ start: from, end: to } = prev);
    from = overParenthetical(doc, i, prev);
  } else {
    const rel = TRAILING_RELATIVE.exec(doc.text.slice(from, to));
    if (rel) {
      const np = lastNounPhrase(doc, i, from, from + rel.index);
      return np && { ...np, hedge: hedged };
    }
  }
  const last = [...doc.text.slice(from, to).matchAll(INTRODUCER)].at(-1);
  if (last) from += last.index! + last[0].length;
  if (startsWithVerb(doc, i, from, to)) return null;
  return { start: from, end: to, hedge: hedged || (last !== undefined && HEDGE.test(last[0])) };
}

export function subjectBeforeRule(cue: CauseCue): Rule<ClauseMention> {
  const re = cueRegex(cue.pattern);
  CAUSE_CUES.add(cue.pattern);
  const id = `cause.${cue.id}`;

  function extract(doc: ExtractDoc): ClauseMention[] {
    const out: ClauseMention[] = [];
    doc.sentences.forEach((s, i) => {
      const starts = CAUSE_CUES.starts(doc, i);
      if (starts.length === 0) return; // no cause cue starts in this sentence
      for (const m of execAllAt(re, doc.sentenceText(i), starts)) {
        const cueStart = s.start + m.index!;
        const seg = segmentAt(doc, i, cueStart);
        if (NEGATED_CUE.test(m[0]) || negatedBefore(doc.text, seg.start, cueStart)) continue;
        if (REDUCED_RELATIVE.test(m[0]) && doc.text.slice(seg.start, cueStart).trim()) continue;
        if (WH_BEFORE.test(doc.text.slice(seg.start, cueStart))) continue;
        const subject = subjectOf(doc, i, seg, cueStart);
        if (!subject || isIncidentSubject(doc.text.slice(subject.start, subject.end))) continue;
        const end = objectEnd(doc, i, cueStart, cueStart + m[0].length);
        const kind = subject.hedge ? 'suspected' : cue.cue;
        const mention = clauseMention(doc, 'cause', id, kind, i, subject.start, end, subject.start, subject.end);
        if (mention) out.push(mention);
      }
    });
    return out;
  }
  return { id, description: cue.example, extract };
}

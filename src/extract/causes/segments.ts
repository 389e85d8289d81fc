/**
 * Clause segments of a sentence: where "the clause that states a cause or consequence" begins and
 * ends. Boundaries are data (`clauseBoundaries` in src/lexicons/causes.ts); most are plain regexes,
 * two need compromise tags (the shared parse of the sentence, made only when such a boundary is
 * a candidate): a gerund after a comma, and "and" between two full clauses.
 * Shared with src/extract/consequences.
 */
import type { ExtractDoc, TermInfo } from '../doc.ts';
import { clauseBoundaries, clauseParticiples, participleStoplist, type ClauseBoundary } from '../../lexicons/causes.ts';
import { execAll } from '../shared/regex.ts';

export interface Segment {
  /** Absolute offsets into `doc.text` (untrimmed). */
  start: number;
  end: number;
  /** Id of the boundary that opened it ('' for the sentence start). */
  opener: string;
}

interface Cut {
  /** Relative offsets: the previous clause ends at `at`, the next starts at `next`. */
  at: number;
  next: number;
  boundary: ClauseBoundary;
}

const compiled = clauseBoundaries.map((b) => ({ b, re: new RegExp(b.pattern, 'gi') }));
const stoplist = new Set(participleStoplist);
const participles = new Set(clauseParticiples);
const cache = new WeakMap<ExtractDoc, Map<number, Segment[]>>();

/** The clause segments of sentence `i`, computed once per document. */
export function segmentsOf(doc: ExtractDoc, i: number): Segment[] {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  let segs = perDoc.get(i);
  if (!segs) perDoc.set(i, (segs = splitSentence(doc, i)));
  return segs;
}

/** The segment of sentence `i` that holds `offset` (the last one when past the end). */
export function segmentAt(doc: ExtractDoc, i: number, offset: number): Segment {
  const segs = segmentsOf(doc, i);
  return segs.find((s) => offset >= s.start && offset < s.end) ?? segs[segs.length - 1];
}

/** The segment before `seg` in the same sentence. */
export function previousSegment(doc: ExtractDoc, i: number, seg: Segment): Segment | undefined {
  const segs = segmentsOf(doc, i);
  const k = segs.findIndex((s) => s.start === seg.start);
  return k > 0 ? segs[k - 1] : undefined;
}

function candidateCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const { b, re } of compiled) {
    for (const m of execAll(re, text)) {
      const at = m.index!;
      if (at === 0 || at + m[0].length >= text.length) continue;
      cuts.push({ at, next: at + m[0].length, boundary: b });
    }
  }
  return cuts.sort((a, b) => a.at - b.at || b.next - a.next);
}

function splitSentence(doc: ExtractDoc, i: number): Segment[] {
  const { start: base, end } = doc.sentences[i];
  const text = doc.sentenceText(i);
  const cuts = candidateCuts(text);
  let terms: TermInfo[] | undefined;
  const getTerms = () => (terms ??= termsOf(doc, i));
  const segs: Segment[] = [];
  let segStart = 0;
  let opener = '';
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k];
    if (cut.at <= segStart) continue;
    const rightEnd = cuts.find((c) => c.at > cut.next)?.at ?? text.length;
    const span = { segStart: base + segStart, at: base + cut.at, next: base + cut.next, rightEnd: base + rightEnd };
    if (cut.boundary.check === 'gerund' && !gerundAt(getTerms(), span.next)) continue;
    if (cut.boundary.check === 'clause' && !joinsClauses(getTerms(), span)) continue;
    if (cut.boundary.check === 'embedded' && isEmbedded(text, cut.next)) continue;
    segs.push({ start: base + segStart, end: base + cut.at, opener });
    segStart = cut.next;
    opener = cut.boundary.id;
  }
  segs.push({ start: base + segStart, end, opener });
  return segs;
}

const termCache = new WeakMap<ExtractDoc, Map<number, TermInfo[]>>();

/** The compromise terms of sentence `i` with absolute offsets (from the shared parse), cached. */
export function termsOf(doc: ExtractDoc, i: number): TermInfo[] {
  let perDoc = termCache.get(doc);
  if (!perDoc) termCache.set(doc, (perDoc = new Map()));
  let terms = perDoc.get(i);
  if (!terms) perDoc.set(i, (terms = doc.toSpans(doc.parse(i), i).flatMap((m) => m.terms)));
  return terms;
}

export const has = (t: TermInfo, tag: string) => t.tags.includes(tag);
/** compromise's Gerund tag, or a known participle (compromise tags ", killing two" as a noun). */
function isGerund(t: TermInfo): boolean {
  const w = t.text.toLowerCase();
  return !stoplist.has(w) && (has(t, 'Gerund') || participles.has(w));
}

function gerundAt(terms: TermInfo[], offset: number): boolean {
  const t = terms.find((x) => x.start === offset);
  return t !== undefined && isGerund(t);
}

/** A verb that can head a clause: tagged Verb, not a gerund, not "to + infinitive". */
export function isFinite(terms: TermInfo[], k: number): boolean {
  const t = terms[k];
  if (!has(t, 'Verb') || has(t, 'Gerund')) return false;
  // "Service in and out of ...": compromise reads a sentence-initial noun as an imperative
  if (k === 0 && has(t, 'Infinitive') && !has(t, 'Auxiliary')) return false;
  return !(k > 0 && terms[k - 1].text.toLowerCase() === 'to');
}

/**
 * "and" joins two full clauses when the left part has a finite verb and the right part starts
 * with its own subject (not a verb) and has a finite verb before any comma; or when both parts
 * start with gerunds ("killing two and injuring 35").
 * Traps: "the walk planned for Kowal and Ibarra was cancelled" (left has no finite verb), "did
 * not spread and caused no injuries" (right starts with a verb), "the pilots, a trainee and his instructor, failed"
 * (comma before the right verb: an appositive list), "examine the materials and technologies
 * used in manufacturing" (a bare noun + bare past participle: a reduced relative, not a clause).
 */
function joinsClauses(terms: TermInfo[], s: { segStart: number; at: number; next: number; rightEnd: number }): boolean {
  const left = terms.filter((t) => t.start >= s.segStart && t.end <= s.at);
  const right = terms.filter((t) => t.start >= s.next && t.end <= s.rightEnd);
  if (left.length === 0 || right.length === 0) return false;
  if (isGerund(right[0])) return isGerund(left[0]);
  if (has(right[0], 'Verb')) return false;
  if (!left.some((_, k) => isFinite(left, k))) return false;
  const v = right.findIndex((_, k) => isFinite(right, k));
  if (v < 0) return false;
  if (right.slice(0, v).some((t) => t.post.includes(','))) return false;
  return !reducedRelative(right, v);
}

/**
 * A relative clause closed by a comma and the main verb ("The crew, which includes three
 * cosmonauts, was not in danger") sits inside its clause: cutting there would leave the main
 * clause without its subject.
 */
export function isEmbedded(text: string, from: number): boolean {
  const rest = text.slice(from);
  const close = rest.search(EMBEDDED_CLOSE);
  return close >= 0 && !/[;:—]/.test(rest.slice(0, close));
}
const EMBEDDED_CLOSE = /,\s+(?:was|were|is|are|has|have|had|will|would|could|can|did|does|do|remains?|remained|suffered|sustained|escaped|survived)\b/i;

/** "technologies used in ...": a bare common noun, then a past participle with no auxiliary. */
function reducedRelative(right: TermInfo[], v: number): boolean {
  const first = right[0];
  const bareNoun = has(first, 'Noun') && !has(first, 'Pronoun') && !has(first, 'ProperNoun') && !has(first, 'Determiner');
  const verb = right[v];
  return bareNoun && has(verb, 'PastTense') && !has(verb, 'Auxiliary') && !has(verb, 'Copula') && v <= 2;
}

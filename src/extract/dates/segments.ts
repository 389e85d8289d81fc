/**
 * Sentences as the date rules read them: the document's sentences, with a sentence that ends in
 * an abbreviation ("on Dec." | "14.", "9 p.m." | "EST") or inside a number ("10." | "30pm")
 * read together with the next one.
 * chrono runs on each segment, so it never merges "Dec. 16. At 9 p.m." into one expression.
 */
import type { ExtractDoc } from '../doc.ts';
import { FRAGMENT_ABBREVIATIONS } from '../../lexicons/dates.ts';
import { anyOf } from './patterns.ts';

const ABBREVIATED_END = new RegExp(`(?:^|[^\\w])(?:${anyOf(FRAGMENT_ABBREVIATIONS)}|[A-Z])\\.$`, 'i');

export const endsWithAbbreviation = (sentence: string): boolean => ABBREVIATED_END.test(sentence);

export interface Segment {
  start: number;
  end: number;
  /** First and last sentence index. */
  first: number;
  last: number;
}

const cache = new WeakMap<ExtractDoc, Segment[]>();

export function segments(doc: ExtractDoc): Segment[] {
  const known = cache.get(doc);
  if (known) return known;
  const out: Segment[] = [];
  doc.sentences.forEach((s, i) => {
    const prev = out[out.length - 1];
    const before = prev ? doc.sentenceText(prev.last) : '';
    const split = endsWithAbbreviation(before) || (/\d\.$/.test(before) && /^\d/.test(doc.sentenceText(i)));
    const joins = prev && doc.sentences[prev.last].block === s.block && split;
    if (joins) Object.assign(prev, { end: s.end, last: i });
    else out.push({ start: s.start, end: s.end, first: i, last: i });
  });
  cache.set(doc, out);
  return out;
}

/** Index of the segment holding `offset`, or -1. */
export function segmentAt(doc: ExtractDoc, offset: number): number {
  const sentence = doc.sentenceAt(offset);
  if (sentence < 0) return -1;
  return segments(doc).findIndex((g) => g.first <= sentence && sentence <= g.last);
}

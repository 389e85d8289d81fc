/**
 * Span and clause helpers shared by the cause and consequence rules: compile a cue pattern, trim
 * a span to its words, drop an attribution tail, clean a clause, build a mention whose `text` is
 * always `doc.text.slice(start, end)`.
 */
import type { ExtractDoc } from '../doc.ts';
import type { ClauseMention } from '../types.ts';
import { attributionVerbs, alt, leadingConnectives } from '../../lexicons/causes.ts';
import { UnionStarts } from '../shared/regex.ts';

/**
 * A cue pattern with a word edge before it ("cancel" must not match "noise-cancelling"), and
 * after it when `closed` (cause patterns end in the whitespace before their object, so they are open).
 */
export function cueRegex(source: string, flags = 'gid', closed = false): RegExp {
  return new RegExp(String.raw`(?<![\w-])(?:${source})${closed ? String.raw`(?![\w])` : ''}`, flags);
}

/**
 * The cue patterns of the cause rules (object-after, subject-before, between), each compiled
 * with `cueRegex(pattern)`: one union search per sentence finds where any of them can start,
 * and each rule tries its own regex only there (see UnionStarts).
 */
export const CAUSE_CUES = new UnionStarts((joined) => cueRegex(joined, 'gi'));

const OPEN = '"“‘«([';
const CLOSE = '"”’»)]';
const LEAD_JUNK = /[\s"“”‘’'«»(\[—–\-,;:]/;
const TRAIL_JUNK = /[\s"“”‘’'«»)\]—–\-,;:.!?]/;

/** Moves `start`/`end` inwards over spaces, punctuation and unbalanced quotes or brackets. */
export function tighten(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let moved = true; moved; ) {
    moved = false;
    while (s < e && LEAD_JUNK.test(text[s]) && !balancedOpen(text, s, e)) {
      s++;
      moved = true;
    }
    while (e > s && TRAIL_JUNK.test(text[e - 1]) && !balancedClose(text, s, e - 1)) {
      e--;
      moved = true;
    }
  }
  return { start: s, end: e };
}

/** An opening quote/bracket at `k` whose partner is inside the span is kept. */
function balancedOpen(text: string, k: number, end: number): boolean {
  if (text[k] === "'") return /'(?!\w)/.test(text.slice(k + 1, end));
  const i = OPEN.indexOf(text[k]);
  return i >= 0 && text.slice(k + 1, end).includes(CLOSE[i]);
}

/** A closing quote/bracket at `k` whose partner is inside the span is kept; so is a plural possessive ("drivers’"). */
function balancedClose(text: string, start: number, k: number): boolean {
  if (text[k] === "'" && /(?:^|\s)'/.test(text.slice(start, k))) return true;
  const i = CLOSE.indexOf(text[k]);
  if (i >= 0 && text.slice(start, k).includes(OPEN[i])) return true;
  return (text[k] === '’' || text[k] === "'") && /\ws$/i.test(text.slice(Math.max(start, k - 2), k));
}

const ATTRIBUTION = new RegExp(
  String.raw`,\s*(?:according\s+to\s+[^,]{1,80}|[^,]{0,80}?\b(?:${alt(attributionVerbs)})\b[^,]{0,50})\s*[.!?"”’']*\s*$`,
  'i',
);

/** Ends a span before an attribution tail (", officials said", ", according to the NTSB"). */
export function dropAttribution(text: string, start: number, end: number): number {
  const m = ATTRIBUTION.exec(text.slice(start, end));
  if (!m) return end;
  const words = m[0].trim().split(/\s+/).length;
  return words <= 14 && m.index > 0 ? start + m.index : end;
}

const CONNECTIVES = leadingConnectives.map((c) => new RegExp(String.raw`^(?:${c})`, 'i'));

/**
 * The clause text: whitespace collapsed, leading connectives and trailing punctuation removed.
 * Nothing at or after `keepFrom` (an offset in `raw`: the cue) is ever stripped.
 */
export function cleanClause(raw: string, keepFrom = raw.length): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  let budget = raw.slice(0, keepFrom).replace(/\s+/g, ' ').trimStart().length;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of CONNECTIVES) {
      const m = re.exec(s);
      if (m && m[0].length < s.length && m[0].length <= budget) {
        s = s.slice(m[0].length);
        budget -= m[0].length;
        changed = true;
      }
    }
  }
  const t = tighten(s, 0, s.length);
  s = s.slice(t.start, t.end);
  const q = /^(["“‘'])(.*)(["”’'])$/s.exec(s);
  return q && !/["“”]/.test(q[2]) ? q[2] : s;
}

/** "any" is polarity-sensitive: "will be any further fatalities", "whether there were any injuries". */
const NEGATORS = /^(?:not|never|no|none|nobody|without|neither|nor|cannot|any)$|n['’]t$/i;

/** True when one of the 4 words before `offset` (within `from..offset`) negates the cue. */
export function negatedBefore(text: string, from: number, offset: number): boolean {
  const words = text.slice(from, offset).trim().split(/\s+/).filter(Boolean).slice(-4);
  return words.some((w) => NEGATORS.test(w.replace(/[^\w'’]/g, '')));
}

/**
 * A clause mention: the span `start..end` is tightened; `clause` is cleaned from
 * `clauseStart..clauseEnd` (defaults: the span), never stripped past `keepFrom` (the cue).
 * Null when nothing with letters is left.
 */
export function clauseMention(
  doc: ExtractDoc,
  kind: 'cause' | 'consequence',
  ruleId: string,
  cue: string,
  sentence: number,
  start: number,
  end: number,
  clauseStart = start,
  clauseEnd = end,
  keepFrom = clauseEnd,
): ClauseMention | null {
  const t = tighten(doc.text, start, end);
  if (t.end <= t.start) return null;
  const from = Math.max(clauseStart, t.start);
  const clause = cleanClause(doc.text.slice(from, Math.min(clauseEnd, t.end)), Math.max(0, keepFrom - from));
  if (!/\p{L}/u.test(clause)) return null;
  return { kind, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), ruleId, sentence, clause, cue };
}

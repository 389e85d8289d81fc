/**
 * Casualty counts stated in consequence clauses: "11 hurt", "Eleven people were hurt",
 * "killing at least 10 people", "1 dead, 18 hurt". The class comes from the word next to the
 * number, not from the clause's cue, so one clause can state two counts.
 * Traps: "Ten of the injured were taken to hospital" counts a part, not the whole (skipped);
 * "none of the 214 passengers was hurt" is a negated count (skipped).
 */
import { casualtyVerbs, casualtyWords, countHedges, numberWords } from '../lexicons/reconcile.ts';
import { alternation } from '../extract/shared/regex.ts';

export interface Casualty {
  kind: string;
  count: number;
  /** The words that state it. */
  text: string;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** "14", "1,200", "Twenty-one", "eleven". */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})*|(?:${TENS})[- ](?:${UNITS})|${alternation(Object.keys(numberWords))}`;
const HEDGE = String.raw`(?:(?:${alternation(countHedges)})\s+)*`;

const afterNumber = Object.entries(casualtyWords).map(([kind, words]) => ({
  kind,
  // up to four words between the count and its class ("three train passengers suffered minor injuries"), never "of"
  re: new RegExp(String.raw`\b(${NUMBER})\s+${HEDGE}(?:(?!of\b)[a-z-]+\s+){0,4}(?:${alternation(words)})\b(?!\s+of\b)`, 'gi'),
}));
const afterVerb = Object.entries(casualtyVerbs).map(([kind, verbs]) => ({
  kind,
  re: new RegExp(String.raw`\b(?:${alternation(verbs)})\s+${HEDGE}(${NUMBER})\b(?!\s+of\b)`, 'gi'),
}));

/** The number a numeral or number word means, or null. */
export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  const parts = w.split(/[- ]/).map((p) => numberWords[p]);
  return parts.every((p) => p !== undefined) ? parts.reduce((a, b) => a + b, 0) : null;
}

/** Every count stated in one clause, in text order. */
export function casualtiesIn(text: string): Casualty[] {
  const out: { at: number; c: Casualty }[] = [];
  for (const { kind, re } of [...afterNumber, ...afterVerb]) {
    for (const m of text.matchAll(re)) {
      const count = countOf(m[1]);
      // "no one was hurt", "not one passenger": a negated count is no count
      if (count === null || count === 0 || /\b(?:no|not|none\s+of(?:\s+(?:the|its|their|his|her|all))?)\s+$/i.test(text.slice(0, m.index))) continue;
      out.push({ at: m.index, c: { kind, count, text: m[0] } });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.c);
}

/** Per class, the largest count an incident's clauses state (a report's total, not its parts). */
export function casualtyTotals(clauses: string[]): Map<string, Casualty> {
  const out = new Map<string, Casualty>();
  for (const c of clauses.flatMap(casualtiesIn)) {
    const prev = out.get(c.kind);
    if (!prev || c.count > prev.count) out.set(c.kind, c);
  }
  return out;
}

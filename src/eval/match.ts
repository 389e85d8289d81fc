/**
 * Lenient matching rules of `factwire eval` (documented in the README):
 * - vehicles: a name or alias equal after lower-casing and dropping punctuation and spaces;
 * - people: surnames equal with at most one edit, or transliteration variants; when both give
 *   a first name, initials agree; East Asian word order may differ;
 * - dates: the predicted value, truncated to the gold's granularity, equals the gold value
 *   (datetimes compared as instants in UTC);
 * - organisations, locations, causes, consequences: at least half of the gold text's content
 *   words appear in the prediction.
 */
import { distance } from 'fastest-levenshtein';
import { stopWords, typeSynonyms } from '../lexicons/eval.ts';

export const squashName = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');

export function vehiclesMatch(a: string[], b: string[]): boolean {
  const A = new Set(a.map(squashName).filter(Boolean));
  return b.some((x) => A.has(squashName(x)));
}

/** Conservative transliteration key: Sergei ≡ Sergey, Dmitri ≡ Dmitry, Mengyuan ≡ Meng Yuan. */
export function translitKey(s: string): string {
  return squashName(s).replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/(?:ey|ei|ej)/g, 'ei').replace(/y$/g, 'i').replace(/(.)\1+/g, '$1');
}

const tokens = (name: string) => name.replace(/\b(?:Jr|Sr|III|II|IV)\.?$/i, '').split(/[\s,]+/).filter((t) => /\p{L}/u.test(t));

function surnameOk(a: string, b: string): boolean {
  const x = squashName(a);
  const y = squashName(b);
  return x.length > 0 && y.length > 0 && (distance(x, y) <= 1 || translitKey(a) === translitKey(b));
}

export function peopleMatch(pred: string, gold: string): boolean {
  const p = tokens(pred);
  const g = tokens(gold);
  if (!p.length || !g.length) return false;
  if (translitKey(p.join('')) === translitKey(g.join(''))) return true;
  const last = (t: string[]) => t[t.length - 1];
  const candidates: [string, string, string | undefined, string | undefined][] = [
    [last(p), last(g), p.length > 1 ? p[0] : undefined, g.length > 1 ? g[0] : undefined],
    [p[0], g[0], p.length > 1 ? last(p) : undefined, g.length > 1 ? last(g) : undefined], // East Asian order
    [last(p), g[0], p.length > 1 ? p[0] : undefined, g.length > 1 ? last(g) : undefined],
  ];
  return candidates.some(([sp, sg, fp, fg]) => surnameOk(sp, sg) && (!fp || !fg || fp[0].toLowerCase() === fg[0].toLowerCase()));
}

/** Offset of a zone like "-05:00", in minutes. */
function zoneMinutes(z: string): number {
  if (z === 'Z') return 0;
  const m = z.match(/^([+-])(\d{2}):?(\d{2})$/);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

function instant(v: string): number | null {
  const m = v.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})$/);
  if (!m) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) - zoneMinutes(m[6]) * 60_000;
}

export function datesMatch(pred: string, gold: string): boolean {
  const gi = instant(gold);
  if (gi !== null) {
    const pi = instant(pred);
    if (pi !== null) return pi === gi;
    return pred.slice(0, 16) === gold.slice(0, 16); // no zone predicted: wall-clock must agree
  }
  return pred.slice(0, gold.length) === gold;
}

export function stem(w: string): string {
  return w.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

export function contentWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !stopWords.has(w)).map(stem);
}

export function textMatch(pred: string, gold: string): boolean {
  const g = [...new Set(contentWords(gold))];
  if (!g.length) return false;
  const p = new Set(contentWords(pred));
  return g.filter((w) => p.has(w)).length * 2 >= g.length;
}

export function typesMatch(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().trim();
  const x = norm(a);
  const y = norm(b);
  if (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  const head = (t: string) => t.split(' ').slice(-1)[0];
  return typeSynonyms.some((g) => (g.includes(x) || g.includes(head(x))) && (g.includes(y) || g.includes(head(y))));
}

/**
 * Name comparison: when two spellings name the same person. Conservative on purpose: a false
 * merge joins two people's roles and quotes, a missed merge only leaves a variant apart.
 */
import { honorifics, nameSuffixes } from '../../lexicons/people.ts';

/**
 * A spelling-insensitive key for transliterated names: lowercase, diacritics stripped,
 * kh→h, ks→x, ey/ej→ei, double letters collapsed, final y→i.
 * Sergei/Sergey → "sergei", Dmitri/Dmitry → "dmitri", Yuri/Yury → "yuri",
 * Ivanov/Ivanoov → "ivanov". Mikhail ("mihail") and Michael ("michael") stay apart.
 */
export function translitKey(name: string): string {
  let key = translitKeys.get(name);
  if (key === undefined) {
    if (translitKeys.size >= TRANSLIT_CACHE_MAX) translitKeys.clear();
    translitKeys.set(name, (key = computeTranslitKey(name)));
  }
  return key;
}

/**
 * Keys already made: the surname-variant rule compares every capitalised word of an article with
 * every surname, so the same words come back again and again. Bounded: cleared when full.
 */
const translitKeys = new Map<string, string>();
const TRANSLIT_CACHE_MAX = 50_000;

function computeTranslitKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/e[yj]/g, 'ei')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/y$/, 'i');
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Shortest surname that may match with one edit: "Lee"/"Lea" are different people. */
const MIN_FUZZY_LENGTH = 5;

/** How two name words compare: 'same' (equal keys), 'typo' (one edit), or null. */
export function compareWords(a: string, b: string): 'same' | 'typo' | null {
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (!ka || !kb) return null;
  if (ka === kb) return 'same';
  if (Math.min(ka.length, kb.length) >= MIN_FUZZY_LENGTH && editDistance(ka, kb, 1) <= 1) return 'typo';
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (Math.min(la.length, lb.length) >= MIN_FUZZY_LENGTH && editDistance(la, lb, 1) <= 1) return 'typo';
  return null;
}

export interface NameParts {
  /** Name words without honorifics and suffixes. */
  words: string[];
  first?: string;
  last: string;
}

const HONORIFIC = new Set(honorifics.map((h) => h.toLowerCase()));
const SUFFIX = new Set(nameSuffixes.map((s) => s.toLowerCase()));

export function nameParts(name: string): NameParts {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => w && !HONORIFIC.has(w.toLowerCase()) && !SUFFIX.has(w.toLowerCase()));
  const last = words[words.length - 1] ?? name;
  return { words, first: words.length > 1 ? words[0] : undefined, last };
}

/**
 * Whether two spellings name the same person: the surnames compare (same key or one edit) and,
 * when both give a first name, the first names agree on their initial. Names whose words run
 * together compare on the joined key ("Li Xiao Ming" / "Li Xiaoming").
 */
export function samePerson(a: string, b: string): 'same' | 'typo' | null {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.words.length > 1 && pb.words.length > 1 && translitKey(pa.words.join('')) === translitKey(pb.words.join(''))) return 'same';
  const surname = compareWords(pa.last, pb.last);
  if (!surname) return null;
  if (pa.first && pb.first && translitKey(pa.first)[0] !== translitKey(pb.first)[0]) return null;
  return surname;
}

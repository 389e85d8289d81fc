/**
 * Near-duplicate detection for syndicated copies: word 3-gram shingles, a MinHash signature of
 * `SIGNATURE` 32-bit hashes, Jaccard estimated as the share of equal positions. Fixed seeds, so
 * the same words always give the same signature (deterministic output).
 */
export const SIGNATURE = 64;
const SHINGLE = 3;
/** Fewer distinct shingles than this: too little wording to call two texts copies (empty signature). */
export const MIN_SHINGLES = 12;

/** FNV-1a, 32 bits. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Odd multipliers and offsets of the hash family, from a fixed linear congruential sequence. */
const SEEDS: [number, number][] = (() => {
  let x = 0x9e3779b9;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
  return Array.from({ length: SIGNATURE }, () => [next() | 1, next()] as [number, number]);
})();

export function shingles(words: string[]): string[] {
  if (words.length < SHINGLE) return words.length ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** The signature of a word sequence; empty when there are no words. */
export function signature(words: string[]): number[] {
  const hs = [...new Set(shingles(words))].map(fnv1a);
  if (hs.length < MIN_SHINGLES) return [];
  return SEEDS.map(([a, b]) => {
    let min = 0xffffffff;
    for (const h of hs) {
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < min) min = v;
    }
    return min;
  });
}

/** Estimated Jaccard similarity of the two shingle sets (0 when either is empty). */
export function similarity(a: number[], b: number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

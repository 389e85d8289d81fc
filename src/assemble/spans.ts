/** Evidence spans: from mentions, deduplicated and in text order. */
import type { Span } from '../schema/index.ts';

export function toSpan(m: { start: number; end: number; text: string }): Span {
  return { start: m.start, end: m.end, quote: m.text };
}

export function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Lower-case slug for ids: "Progress MS-29" → "progress-ms-29". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

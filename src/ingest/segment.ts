/**
 * Blocks → the final text (joined by "\n\n") with offsets, and sentences inside each block.
 * A sentence never crosses a block; titles, headings and datelines are one sentence each.
 */
import { NON_TERMINAL, SENTENCE_STARTERS, TERMINAL } from '../lexicons/abbreviations.ts';
import type { Block, Sentence } from './types.ts';
import type { DraftBlock } from './draft.ts';

export const BLOCK_SEPARATOR = '\n\n';

const NON_TERMINAL_SET = new Set(NON_TERMINAL);
const TERMINAL_SET = new Set(TERMINAL);
const STARTER_SET = new Set(SENTENCE_STARTERS);
const WHOLE_BLOCK_KINDS = new Set(['title', 'heading', 'dateline']);

export function assembleText(drafts: readonly DraftBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const draft of drafts) {
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ kind: draft.kind, start: text.length, end: text.length + draft.text.length });
    text += draft.text;
  }
  return { text, blocks };
}

export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    const body = text.slice(block.start, block.end);
    const spans = WHOLE_BLOCK_KINDS.has(block.kind) ? [[0, body.length] as const] : sentenceSpans(body);
    for (const [start, end] of spans) sentences.push({ start: block.start + start, end: block.start + end, block: index });
  });
  return sentences;
}

/** Sentence [start, end) pairs of one block of text (already trimmed, no "\n\n"). */
export function sentenceSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const boundary = /(\.{3}|…|[.!?]+)(["')\]]*)(\s+)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[1].length + m[2].length;
    const next = end + m[3].length;
    if (!endsSentence(text, m.index, m[1], m[2], next)) continue;
    spans.push([start, end]);
    start = next;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Whether the terminator at `at` ends a sentence, given what follows at `next`. */
function endsSentence(text: string, at: number, terminator: string, closers: string, next: number): boolean {
  if (!opensSentence(text.slice(next))) return false;
  if (terminator !== '.' || closers !== '') return true;
  const token = tokenBefore(text, at + 1);
  if (NON_TERMINAL_SET.has(token) || /^\p{Lu}\.$/u.test(token)) return false;
  if (TERMINAL_SET.has(token) || /^(?:\p{L}\.){2,}$/u.test(token)) return STARTER_SET.has(firstWord(text.slice(next)));
  return true;
}

/** A new sentence starts with a capital, a digit, or an opening quote/bracket before one. */
function opensSentence(rest: string): boolean {
  return /^["'(\[]*[\p{Lu}\p{N}]/u.test(rest);
}

/** The word ending at `end` (with its final period), without opening quotes or brackets. */
function tokenBefore(text: string, end: number): string {
  const start = text.lastIndexOf(' ', end - 1) + 1;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return text.slice(Math.max(start, lineStart), end).replace(/^["'(\[]+/, '');
}

function firstWord(rest: string): string {
  return /^["'(\[]*([\p{L}]+)/u.exec(rest)?.[1] ?? '';
}

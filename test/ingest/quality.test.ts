import { describe, expect, it } from 'vitest';
import { countWords, qualityDiagnostics } from '../../src/ingest/quality.ts';
import { assembleText } from '../../src/ingest/segment.ts';

describe('countWords', () => {
  it.each([
    ['Soyuz MS-22 leaked.', 3],
    ["Roscosmos' head didn't say", 4],
    ['U.S. agency', 2],
    ['', 0],
    ['— … !', 0],
  ])('%j → %d', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('qualityDiagnostics', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it.each([
    ['a 404 page', [{ kind: 'title' as const, text: 'Page not found' }, { kind: 'paragraph' as const, text: 'Sorry, we could not find that page.' }], ['no-article-text']],
    ['headings do not count as body', [{ kind: 'heading' as const, text: words(50) }], ['no-article-text']],
    ['nothing at all', [], ['no-article-text']],
    ['40 body words is enough', [{ kind: 'paragraph' as const, text: words(30) }, { kind: 'list-item' as const, text: words(10) }], []],
  ])('%s', (_, drafts, expected) => {
    const { text, blocks } = assembleText(drafts);
    expect(qualityDiagnostics(text, blocks).map((d) => d.code)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { isBulletLine, looksLikeHeading, looksLikeHeadline, sameTitle } from '../../src/ingest/headline.ts';
import { classifyLines, isFirstLineTitle, readPlainText, splitTextBlocks } from '../../src/ingest/text.ts';

describe('looksLikeHeading', () => {
  it.each([
    'Russia Releases A Statement About The Coolant Leakage',
    'Coolant Leakage in International Space Station',
    'What comes next',
    '2023 in review',
  ])('heading: %j', (line) => expect(looksLikeHeading(line)).toBe(true));

  it.each([
    'The leak began on Dec. 14.',
    'the station is safe',
    'A very long line that goes on and on with many words and clauses and never ends because it is body text really',
    'Is it safe?',
    '"We are safe"',
    '—',
    '',
  ])('not a heading: %j', (line) => expect(looksLikeHeading(line)).toBe(false));
});

describe('looksLikeHeadline', () => {
  it.each(['Soyuz capsule leaks coolant', 'Why did the Soyuz leak?', 'NASA calls off spacewalk!'])('headline: %j', (l) =>
    expect(looksLikeHeadline(l)).toBe(true),
  );
  it.each(['A Russian spacecraft had leaked coolant, NASA reported Saturday.', 'x'.repeat(200), 'Lead-in:', '12345'])(
    'not a headline: %j',
    (l) => expect(looksLikeHeadline(l)).toBe(false),
  );
});

describe('sameTitle', () => {
  it.each([
    ['Soyuz Leaks Coolant!', 'soyuz leaks coolant'],
    ["Russia's “leak”", "Russias 'leak'"],
  ])('%j = %j', (a, b) => expect(sameTitle(a, b)).toBe(true));
  it.each([
    ['Soyuz leaks coolant', 'Progress leaks coolant'],
    ['', ''],
  ])('%j ≠ %j', (a, b) => expect(sameTitle(a, b)).toBe(false));
});

describe('splitTextBlocks / classifyLines', () => {
  it('blank lines separate blocks; single newlines stay inside a block', () => {
    expect(splitTextBlocks('One line\nwrapped here.\n\n  \n\nNext paragraph.')).toEqual([
      { kind: 'paragraph', text: 'One line\nwrapped here.' },
      { kind: 'paragraph', text: 'Next paragraph.' },
    ]);
  });

  it.each([
    [['- first', '- second'], [{ kind: 'list-item', text: 'first' }, { kind: 'list-item', text: 'second' }]],
    [['1. first', '2) second'], [{ kind: 'list-item', text: 'first' }, { kind: 'list-item', text: 'second' }]],
    [['- only one bullet line'], [{ kind: 'paragraph', text: '- only one bullet line' }]],
    [['- mixed', 'not a bullet'], [{ kind: 'paragraph', text: '- mixed\nnot a bullet' }]],
    [['Short Heading'], [{ kind: 'heading', text: 'Short Heading' }]],
  ])('%j', (lines, expected) => {
    expect(classifyLines(lines)).toEqual(expected);
  });

  it.each(['- a', '* b', '• c', '12. d'])('bullet: %j', (l) => expect(isBulletLine(l)).toBe(true));
  it.each(['-a', '2023. The year', 'a - b'])('not a bullet: %j', (l) => expect(isBulletLine(l)).toBe(false));
});

describe('isFirstLineTitle', () => {
  it.each([
    ['headline, blank line, body', 'Soyuz leaks coolant', [], 2, null, true],
    ['headline then byline line', 'Soyuz leaks coolant', ['By Jane Doe'], 1, null, true],
    ['equals the sidecar title (case and punctuation ignored)', 'SOYUZ LEAKS COOLANT', ['Body continues.'], 1, 'Soyuz leaks coolant!', true],
    ['sidecar title differs (seed case)', 'A Russian spacecraft leaked coolant.', [], 5, 'Uncrewed Russian Supply Spacecraft Leaks Coolant', false],
    ['sidecar title differs even when the line looks like one', 'Soyuz leaks coolant', [], 3, 'Another title', false],
    ['body sentence first', 'A Russian spacecraft had leaked coolant, NASA reported.', [], 3, null, false],
    ['followed by body on the next line', 'Soyuz leaks coolant', ['The leak began.'], 1, null, false],
    ['the whole file is one line', 'Soyuz leaks coolant', [], 1, null, false],
    ['a byline is not a headline', 'By Jane Doe', [], 2, null, false],
  ])('%s', (_, line, rest, count, hint, expected) => {
    expect(isFirstLineTitle(line, rest, count, hint)).toBe(expected);
  });
});

describe('readPlainText', () => {
  it('headline → title block, claim and diagnostic', () => {
    const draft = readPlainText('Soyuz leaks coolant\r\n\r\nThe leak began on Dec. 14.', null);
    expect(draft.blocks).toEqual([
      { kind: 'title', text: 'Soyuz leaks coolant' },
      { kind: 'paragraph', text: 'The leak began on Dec. 14.' },
    ]);
    expect(draft.claims).toEqual([{ field: 'title', value: 'Soyuz leaks coolant', origin: 'text:first-line' }]);
    expect(draft.diagnostics.map((d) => d.code)).toEqual(['title-from-first-line']);
  });

  it('headline glued to its byline: the byline becomes its own block (removed later)', () => {
    const draft = readPlainText('Soyuz leaks coolant\nBy Jane Doe\n\nThe leak began.', null);
    expect(draft.blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'paragraph']);
  });

  it('no title block when the sidecar title is not the first line', () => {
    const draft = readPlainText('A Russian spacecraft leaked coolant.\n\nMore text.', 'Uncrewed Russian Supply Spacecraft Leaks Coolant');
    expect(draft.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(draft.claims).toEqual([]);
  });
});

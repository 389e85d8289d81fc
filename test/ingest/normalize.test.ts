import { describe, expect, it } from 'vitest';
import { normalizeInline, normalizeText } from '../../src/ingest/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['curly single quotes', 'Roscosmos’ ‘crewed’', "Roscosmos' 'crewed'"],
    ['curly double quotes', '“safe,” he said', '"safe," he said'],
    ['no-break space', 'Dec.\u00A014', 'Dec. 14'],
    ['thin and narrow no-break spaces', '3\u2009tons\u202Fof', '3 tons of'],
    ['soft hyphen', 'depres\u00ADsurization', 'depressurization'],
    ['zero-width space and BOM', 'Prog\u200Bress\uFEFF', 'Progress'],
    ['runs of spaces', 'RELATED ARTICLE:  Saudi', 'RELATED ARTICLE: Saudi'],
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['trailing spaces', 'line one   \nline two  ', 'line one\nline two'],
    ['tabs', 'a\tb', 'a b'],
    ['NFC', 'Cafe\u0301', 'Café'],
    ['C1 control from mis-decoding', 'a\u0085b', 'ab'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['"9: 45" spacing inside a line', 'at around 9: 45 PM EST'],
    ['letters and digits', 'Soyuz MS-22, EVA-56, 7:45'],
    ['guillemets', '«Союз МС-22»'],
    ['ZWJ in emoji', '👩\u200D🚀'],
    ['ellipsis and dashes', 'leak… it — was – bad'],
    ['line breaks kept', 'a\nb'],
    ['leading spaces kept (lines are trimmed later)', ' a'],
  ])('keeps %s', (_, text) => {
    expect(normalizeText(text)).toBe(text);
  });
});

describe('normalizeInline', () => {
  it.each([
    ['  Soyuz\n  leak  ', 'Soyuz leak'],
    ['“Leak”\u00A0report', '"Leak" report'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeInline(input)).toBe(expected);
  });
});

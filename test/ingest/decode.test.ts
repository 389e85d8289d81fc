import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { declaredCharset, decodeBytes, detectBom, detectEncoding, encodingForLabel, isBlank, mostlyUtf8, sniffBinary, sniffUtf16, utf8Sequences } from '../../src/ingest/decode.ts';
import { bytes } from './helpers.ts';

const latin = (s: string) => new TextEncoder().encode(s);
/** windows-1252 bytes: "Café “quoted” it’s". */
const CP1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x69, 0x74, 0x92, 0x73]);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('detectBom', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], 'utf-8', 3],
    [[0xff, 0xfe, 0x41, 0x00], 'utf-16le', 2],
    [[0xfe, 0xff, 0x00, 0x41], 'utf-16be', 2],
  ])('%j → %s', (b, encoding, length) => {
    expect(detectBom(new Uint8Array(b))).toEqual({ encoding, length });
  });

  it.each([[[0x41, 0x42]], [[0xef, 0xbb]], [[]]])('no BOM in %j', (b) => {
    expect(detectBom(new Uint8Array(b))).toBeNull();
  });
});

describe('sniffBinary', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ\n1 0 obj', 'PDF'],
    ['\x89PNG\r\n\x1a\n', 'PNG'],
    ['GIF89a', 'GIF'],
    ['PK\x03\x04rest', 'ZIP'],
  ])('%j → %s', (head, name) => {
    expect(sniffBinary(Uint8Array.from(head, (c) => c.charCodeAt(0)))).toBe(name);
  });

  it('JPEG, gzip and NUL bytes', () => {
    expect(sniffBinary(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
    expect(sniffBinary(new Uint8Array([0x1f, 0x8b, 0x08]))).toBe('gzip');
    expect(sniffBinary(new Uint8Array([0x41, 0x00, 0x00, 0x07, 0x42, 0x43]))).toMatch(/NUL/);
  });

  it.each(['<html>PDF files</html>', 'Plain text mentioning %PDF in the middle', 'PK is a prefix of text here'])(
    'text is not binary: %j',
    (text) => {
      expect(sniffBinary(latin(text))).toBeNull();
    },
  );

  it('UTF-16 without a BOM is text, not NUL-filled binary', () => {
    expect(sniffBinary(utf16('Hello there, station', true, false))).toBeNull();
    expect(sniffUtf16(utf16('Hello there, station', true, false))).toBe('utf-16le');
    expect(sniffUtf16(utf16('Hello there, station', false, false))).toBe('utf-16be');
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<meta charset='ISO-8859-1'>", 'iso-8859-1'],
    ['<meta charset=shift_jis>', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'windows-1251'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=UTF-8">', 'utf-8'],
  ])('%s → %s', (tag, charset) => {
    expect(declaredCharset(latin(`<html><head>${tag}</head></html>`))).toBe(charset);
  });

  it.each([
    ['no meta', '<html><head><title>charset=x</title></head></html>'],
    ['beyond the first 2 KB', `<html>${' '.repeat(2100)}<meta charset="windows-1252"></html>`],
    ['meta without charset', '<meta name="description" content="about charsets">'],
  ])('%s → null', (_, html) => {
    expect(declaredCharset(latin(html))).toBeNull();
  });
});

describe('encodingForLabel', () => {
  it.each([
    ['latin1', 'windows-1252'],
    ['iso-8859-1', 'windows-1252'],
    ['shift_jis', 'shift_jis'],
    ['utf-16', 'utf-8'], // a meta tag cannot really declare UTF-16
    ['nonsense-charset', null],
  ])('%s → %s', (label, encoding) => {
    expect(encodingForLabel(label)).toBe(encoding);
  });
});

describe('decodeBytes', () => {
  it('UTF-8 without declaration', () => {
    const result = decodeBytes(bytes('Café “x”'), 'text');
    expect(result).toMatchObject({ ok: true, value: { text: 'Café “x”', encoding: 'utf-8', diagnostics: [] } });
  });

  it('invalid UTF-8 falls back to windows-1252 with a warning', () => {
    const result = decodeBytes(CP1252, 'text');
    expect(result.ok && result.value.text).toBe('Café “q” it’s');
    expect(result.ok && result.value.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'encoding-fallback']]);
  });

  it('declared windows-1252 decodes without a warning', () => {
    const page = new Uint8Array([...latin('<meta charset="windows-1252"><p>'), ...CP1252]);
    const result = decodeBytes(page, 'html');
    expect(result.ok && result.value.text).toContain('Café “q” it’s');
    expect(result.ok && result.value.diagnostics).toEqual([]);
  });

  it('shift_jis declared in HTML', () => {
    // "東京" in Shift_JIS
    const page = new Uint8Array([...latin('<meta charset="shift_jis"><p>'), 0x93, 0x8c, 0x8b, 0x9e]);
    const result = decodeBytes(page, 'html');
    expect(result.ok && result.value.text).toContain('東京');
  });

  it('declared UTF-8 that is not UTF-8 is detected again, and says so', () => {
    const page = new Uint8Array([...latin('<meta charset="utf-8"><p>'), ...CP1252]);
    const result = decodeBytes(page, 'html');
    expect(result.ok && result.value.encoding).toBe('windows-1252');
    expect(result.ok && result.value.text).toContain('Café “q” it’s');
    expect(result.ok && result.value.diagnostics[0]).toMatchObject({ code: 'encoding-detected', message: expect.stringContaining('declared UTF-8 does not hold') });
  });

  it('unknown declared charset warns and decodes as UTF-8', () => {
    const result = decodeBytes(latin('<meta charset="x-klingon"><p>Hi</p>'), 'html');
    expect(result.ok && result.value.diagnostics.map((d) => d.code)).toEqual(['unknown-charset']);
  });

  it('meta charset is ignored outside HTML', () => {
    const result = decodeBytes(new Uint8Array([...latin('<meta charset="shift_jis">'), 0xc3, 0xa9]), 'text');
    expect(result.ok && result.value.text).toBe('<meta charset="shift_jis">é');
  });

  it.each([
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Café')])],
    ['utf-16le BOM', utf16('Café', true, true)],
    ['utf-16be BOM', utf16('Café', false, true)],
  ])('%s is read and the BOM dropped', (_, b) => {
    const result = decodeBytes(b, 'text');
    expect(result.ok && result.value.text).toBe('Café');
  });

  it('PDF bytes fail as binary-file', () => {
    const result = decodeBytes(latin('%PDF-1.4\n'), 'html');
    expect(result).toMatchObject({ ok: false, error: { code: 'binary-file' } });
  });
});

describe('isBlank', () => {
  it.each(['', '   ', '\n\t\r\n', '\uFEFF \u200B', '\u00A0'])('%j is blank', (t) => expect(isBlank(t)).toBe(true));
  it.each(['a', ' . ', '\u200Bx'])('%j is not blank', (t) => expect(isBlank(t)).toBe(false));
});

describe('windows-1252 through iconv-lite (Node 20 decodes it as Latin-1, nodejs/node#60888)', () => {
  const declared = (byte: number) => {
    const result = decodeBytes(new Uint8Array([...latin('<meta charset="windows-1252"><p>'), byte]), 'html');
    return result.ok ? result.value.text.slice(-1) : '';
  };
  it.each([
    [0x80, '€'],
    [0x85, '…'],
    [0x91, '‘'],
    [0x92, '’'],
    [0x93, '“'],
    [0x94, '”'],
    [0x96, '–'],
    [0x97, '—'],
    [0x9f, 'Ÿ'],
    [0xe9, 'é'],
  ])('byte %s → %s', (byte, char) => {
    expect(declared(byte)).toBe(char);
  });
});

describe('detection of undeclared encodings (chardet)', () => {
  const japanese = 'これは日本語の記事です。東京の天気は晴れで、気温は二十度まで上がりました。駅の周りには多くの人が集まっています。';
  const russian = 'Это статья на русском языке. В Москве сегодня солнечно, и люди гуляют в парках и на набережных города.';

  it('Shift_JIS text without a declaration is detected, with a warning', () => {
    const result = decodeBytes(iconv.encode(japanese, 'shift_jis'), 'text');
    expect(result.ok && result.value.text).toBe(japanese);
    expect(result.ok && result.value.encoding).toBe('shift_jis');
    expect(result.ok && result.value.diagnostics.map((d) => d.code)).toEqual(['encoding-detected']);
  });

  it('windows-1251 Russian is detected', () => {
    const result = decodeBytes(iconv.encode(russian.repeat(3), 'windows-1251'), 'text');
    expect(result.ok && result.value.text).toBe(russian.repeat(3));
  });

  it('too little to go on: no guess', () => {
    expect(detectEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBeNull();
  });
});

describe('damaged UTF-8 (invalid byte sequences)', () => {
  const text = 'Ein schöner Tag in München — und “Zitate” überall. '.repeat(10);
  const damaged = () => {
    const good = new TextEncoder().encode(text);
    return new Uint8Array([...good.subarray(0, 100), 0xff, 0xc3, ...good.subarray(100)]);
  };

  it('is read as UTF-8, the bad bytes replaced, with a warning', () => {
    const result = decodeBytes(damaged(), 'text');
    expect(result.ok && result.value.encoding).toBe('utf-8');
    expect(result.ok && result.value.text).toContain('München — und “Zitate”');
    expect(result.ok && result.value.text).toContain('\uFFFD');
    expect(result.ok && result.value.diagnostics.map((d) => d.code)).toEqual(['invalid-bytes']);
  });

  it.each([
    ['valid 2-, 3- and 4-byte sequences', new TextEncoder().encode('é € 😀'), { valid: 3, invalid: 0 }],
    ['a lone continuation byte and a truncated sequence', new Uint8Array([0x41, 0x80, 0xe2, 0x82]), { valid: 0, invalid: 3 }],
    ['overlong lead bytes 0xC0/0xC1 are invalid', new Uint8Array([0xc0, 0xaf]), { valid: 0, invalid: 2 }],
  ])('utf8Sequences: %s', (_, b, counts) => {
    expect(utf8Sequences(b)).toEqual(counts);
  });

  it('windows-1252 text is not "mostly UTF-8"', () => {
    expect(mostlyUtf8(CP1252)).toBe(false);
    expect(mostlyUtf8(damaged())).toBe(true);
  });
});

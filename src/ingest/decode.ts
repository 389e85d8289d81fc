/**
 * Bytes → string. Order: byte-order mark, binary sniffing, declared charset (HTML only), strict
 * UTF-8, and windows-1252 when UTF-8 fails (with a warning: the guess may be wrong).
 */
import type { Diagnostic } from '../schema/index.ts';
import type { InputFormat } from './types.ts';
import { fail, ok, warning, type Step } from './draft.ts';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used ("utf-8", "windows-1252", …). */
  encoding: string;
  diagnostics: Diagnostic[];
}

/** File signatures of formats that are never articles, even when saved as .html. */
export const BINARY_MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx, xlsx, epub
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

const SNIFF_BYTES = 1024;
const CHARSET_SCAN_BYTES = 2048;

export function decodeBytes(bytes: Uint8Array, format: InputFormat): Step<Decoded> {
  const bom = detectBom(bytes);
  if (bom) return ok({ text: decodeAs(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, diagnostics: [] });
  const binary = sniffBinary(bytes);
  if (binary) return fail('binary-file', `looks like a ${binary} file, not text`);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return ok({ text: decodeAs(utf16, bytes), encoding: utf16, diagnostics: [] });
  const declared = format === 'html' ? declaredCharset(bytes) : null;
  if (declared) return decodeDeclared(bytes, declared);
  return ok(decodeUtf8OrFallback(bytes));
}

export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Name of the binary format the bytes look like, or null. NUL bytes never occur in text files. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const magic of BINARY_MAGIC) if (startsWith(bytes, magic.bytes)) return magic.name;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0) && !sniffUtf16(bytes)) return 'binary (NUL bytes)';
  return null;
}

/** UTF-16 without a BOM: ASCII-range text leaves every other byte NUL. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  if (head.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(head.length / 2);
  if (oddNul > pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Charset from `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function decodeDeclared(bytes: Uint8Array, label: string): Step<Decoded> {
  const encoding = encodingForLabel(label);
  if (!encoding) {
    const decoded = decodeUtf8OrFallback(bytes);
    decoded.diagnostics.unshift(warning('unknown-charset', `declared charset "${label}" is not known; decoded as ${decoded.encoding}`));
    return ok(decoded);
  }
  // A declared UTF-8 is often wrong on old pages: check it like undeclared bytes.
  if (encoding === 'utf-8') return ok(decodeUtf8OrFallback(bytes));
  return ok({ text: decodeAs(encoding, bytes), encoding, diagnostics: [] });
}

/** WHATWG encoding for a label, or null. A meta tag saying UTF-16 means UTF-8 (HTML spec). */
export function encodingForLabel(label: string): string | null {
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

export function decodeUtf8OrFallback(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    const message = 'bytes are not valid UTF-8 and no charset was declared; decoded as windows-1252';
    return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', diagnostics: [warning('encoding-fallback', message)] };
  }
}

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG index; the five unassigned bytes stay C1 controls).
 * Node 20.18.3+ decodes windows-1252 as Latin-1 and leaves these as C1 controls
 * (nodejs/node#60888), which would turn curly quotes and dashes into invisible characters.
 */
export const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeAs(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? fixCp1252(text) : text;
}

/** Maps C1 controls left by a Latin-1 decode to their windows-1252 characters (no-op once Node is fixed). */
export function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** True when nothing but whitespace, BOMs and zero-width characters is left. */
export function isBlank(text: string): boolean {
  return /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/.test(text);
}

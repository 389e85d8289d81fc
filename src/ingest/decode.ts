/**
 * Bytes → string. Order: byte-order mark, binary sniffing, declared charset (HTML only: `<meta
 * charset>` or `http-equiv`), strict UTF-8, then detection (chardet) when UTF-8 fails, then
 * windows-1252; a detected or guessed encoding comes with a warning (the guess may be wrong).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
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
  return ok(decodeUndeclared(bytes));
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
    const decoded = decodeUndeclared(bytes);
    decoded.diagnostics.unshift(warning('unknown-charset', `declared charset "${label}" is not known; decoded as ${decoded.encoding}`));
    return ok(decoded);
  }
  // A declared UTF-8 is often wrong on old pages: check it like undeclared bytes.
  if (encoding === 'utf-8') return ok(decodeUndeclared(bytes, 'the declared UTF-8 does not hold', Math.floor(bytes.length * DECLARED_UTF8_STRAY_SHARE)));
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

/** How many bytes chardet looks at (a 20 MB page is judged by its first 64 KB). */
const DETECT_BYTES = 65_536;
/** chardet's confidence (0–100) below which its guess is not taken. */
const MIN_CONFIDENCE = 30;
/** chardet names the WHATWG standard reads differently: ISO-8859-1 means windows-1252 on the web. */
const DETECTED_AS: Readonly<Record<string, string>> = { 'iso-8859-1': 'windows-1252', ascii: 'windows-1252' };

/** Strict UTF-8; else the encoding chardet detects (with a warning), else windows-1252 (with a warning). */
export function decodeUndeclared(bytes: Uint8Array, context = 'no charset was declared', strayBytes = 0): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    const detected = mostlyUtf8(bytes, strayBytes) ? 'utf-8' : detectEncoding(bytes);
    if (detected === 'utf-8') {
      const message = 'bytes are mostly UTF-8 with invalid sequences; these are replaced by U+FFFD';
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', diagnostics: [warning('invalid-bytes', message)] };
    }
    if (detected) {
      const message = `bytes are not valid UTF-8 and ${context}; detected ${detected}`;
      return { text: decodeAs(detected, bytes), encoding: detected, diagnostics: [warning('encoding-detected', message)] };
    }
    const message = `bytes are not valid UTF-8, ${context} and no encoding was detected; decoded as windows-1252`;
    return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', diagnostics: [warning('encoding-fallback', message)] };
  }
}

/** Invalid sequences allowed per valid multi-byte sequence for bytes to be read as damaged UTF-8. */
const MAX_INVALID_SHARE = 0.1;
/**
 * A page that declares UTF-8 keeps it despite stray invalid bytes up to this share of its size (an
 * ASCII page with one bad byte, as a browser would show it); a page mislabelled UTF-8 but written
 * in windows-1252 has far more (every accent, curly quote and dash).
 */
const DECLARED_UTF8_STRAY_SHARE = 0.005;

/**
 * UTF-8 with a few damaged sequences (a truncated download, one pasted Latin-1 byte): many valid
 * multi-byte sequences, few invalid ones. Another encoding rarely forms valid UTF-8 sequences.
 */
export function mostlyUtf8(bytes: Uint8Array, strayBytes = 0): boolean {
  const { valid, invalid } = utf8Sequences(bytes.subarray(0, DETECT_BYTES));
  return invalid <= strayBytes || (valid > 0 && invalid <= valid * MAX_INVALID_SHARE);
}

/** Counts of valid multi-byte UTF-8 sequences and of invalid bytes. */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 1) {
      i++;
      continue;
    }
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The encoding chardet finds with enough confidence, as a WHATWG name we can decode, or null. */
export function detectEncoding(bytes: Uint8Array): string | null {
  const best = chardet.analyse(bytes.subarray(0, DETECT_BYTES))[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return null;
  const name = best.name.toLowerCase();
  const encoding = DETECTED_AS[name] ?? encodingForLabel(name);
  return encoding && canDecode(encoding) ? encoding : null;
}

function canDecode(encoding: string): boolean {
  return encoding === 'utf-8' || iconv.encodingExists(encoding);
}

/**
 * Decodes with iconv-lite (Node 20's TextDecoder reads windows-1252 as Latin-1 and leaves curly
 * quotes and dashes as C1 controls, nodejs/node#60888); TextDecoder for what iconv-lite lacks.
 */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** True when nothing but whitespace, BOMs and zero-width characters is left. */
export function isBlank(text: string): boolean {
  return /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/.test(text);
}

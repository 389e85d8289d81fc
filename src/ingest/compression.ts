/**
 * `.gz` variants of every format, transparently: `<id>.html.gz` is read as `<id>.html` once
 * inflated. Bytes that start with the gzip signature are inflated whatever the name says (a page
 * saved compressed under a plain name), with a note. Inflating is capped: a gzip bomb is an error.
 */
import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../schema/index.ts';
import { fail, info, ok, type Step } from './draft.ts';

export const GZIP_SUFFIX = '.gz';
const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Largest inflated article accepted (a real page is well under 10 MB). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export function isGzipName(file: string): boolean {
  return file.toLowerCase().endsWith(GZIP_SUFFIX);
}

/** The file name without its `.gz` (the name the format is read from). */
export function withoutGzip(file: string): string {
  return isGzipName(file) ? file.slice(0, -GZIP_SUFFIX.length) : file;
}

export function hasGzipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** The bytes to read: inflated when compressed; a `.gz` that is not gzip, or is damaged, fails. */
export function inflate(file: string, bytes: Uint8Array): Step<{ bytes: Uint8Array; diagnostics: Diagnostic[] }> {
  const named = isGzipName(file);
  if (!hasGzipMagic(bytes)) return named && bytes.length > 0 ? fail('bad-gzip', 'named .gz but not gzip data') : ok({ bytes, diagnostics: [] });
  try {
    const inflated = gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    const diagnostics = named ? [] : [info('gzip-content', 'gzip data under a name without .gz; inflated')];
    return ok({ bytes: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength), diagnostics });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return fail('too-large', `inflates to more than ${MAX_INFLATED_BYTES} bytes`);
    return fail('bad-gzip', `damaged gzip data (${err.message})`);
  }
}

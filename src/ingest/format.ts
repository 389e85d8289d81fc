/** Which reader a file goes to, decided by its extension (discovery already chose the files). */
import type { InputFormat } from './types.ts';
import { GZIP_SUFFIX, withoutGzip } from './compression.ts';
import { fail, ok, type Step } from './draft.ts';

/** Extension (lower-case, with dot) → format. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** Extension of a path, lower-cased with its dot ("" when there is none). */
export function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Format by extension; `<name>.<ext>.gz` is read as `<name>.<ext>` (see compression.ts). */
export function formatOf(file: string): Step<InputFormat> {
  const ext = extensionOf(withoutGzip(file));
  const format = FORMAT_BY_EXTENSION[ext];
  if (format) return ok(format);
  const known = `${Object.keys(FORMAT_BY_EXTENSION).join(', ')} (each also ${GZIP_SUFFIX})`;
  return fail('unsupported-format', `${file}: unsupported extension "${ext || '(none)'}", expected one of ${known}`);
}

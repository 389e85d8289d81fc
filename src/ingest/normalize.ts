/**
 * Typography and whitespace, so rules see one spelling of a quote or a space. Letters, digits
 * and the spacing between them are left alone ("9: 45" stays; extraction rules deal with it).
 */

/** Replacements applied in order; each entry is [what, by what, why]. */
export const TYPOGRAPHY: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\r\n?/g, '\n', 'CRLF and old-Mac CR line ends'],
  [/[\u2018\u2019\u201A\u201B]/g, "'", 'curly single quotes and apostrophes'],
  [/[\u201C\u201D\u201E\u201F]/g, '"', 'curly double quotes'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, ' ', 'no-break, thin and other wide spaces, tabs'],
  // ZWJ/ZWNJ (\u200C, \u200D) are kept: they change meaning in emoji and in some scripts.
  [/[\u00AD\u200B\u2060\uFEFF]/g, '', 'soft hyphen, zero-width space, word joiner, stray BOM'],
  [/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '', 'control characters (C1 often from mis-decoding)'],
  [/[\u2028\u2029]/g, '\n', 'Unicode line and paragraph separators'],
  [/ {2,}/g, ' ', 'runs of spaces'],
  [/ +\n/g, '\n', 'trailing spaces'],
];

export function normalizeText(text: string): string {
  let out = text.normalize('NFC');
  for (const [pattern, replacement] of TYPOGRAPHY) out = out.replace(pattern, replacement);
  return out.replace(/ +$/, '');
}

/** One-line form for metadata values: normalised, inner line breaks as spaces, trimmed. */
export function normalizeInline(text: string): string {
  return normalizeText(text).replace(/\s*\n\s*/g, ' ').trim();
}

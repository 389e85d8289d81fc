/**
 * What a reviewer should do about each error or warning code of a run (manifest `errors`,
 * `warnings`, record `diagnostics`). Shown next to each group on the overview and on the
 * article page.
 *
 * Traps:
 * - Codes are owned by the stages that emit them (src/ingest, src/pipeline); a code missing
 *   here still shows, with the generic advice, so a new code never hides a problem.
 * - Advice says what to check or change in the *input* first: most failures are bad files,
 *   not bugs. `internal-error` and `invalid-record` are the exceptions (a rule broke).
 */
export const ADVICE: Readonly<Record<string, string>> = {
  'not-found': 'The corpus path given to `factwire run` does not exist. Check the path and its spelling, then run again.',
  'unsupported-format': 'Only .txt, .html, .htm and .json files (with optional .meta.json sidecars) are articles. Convert the file or move it out of the corpus folder.',
  'duplicate-id': 'Two files give the same article id (same path, different extension). Rename or remove one of them.',
  unreadable: 'The file could not be read (permissions, a broken link, a file removed during the run). Fix access and run again.',
  'binary-file': 'The file holds binary data (a PDF, an image, a zip?). Export the article as HTML or text.',
  'empty-file': 'The file is empty or whitespace only. Save the article again.',
  'malformed-json': 'The JSON export does not parse. Validate it (`node -e "JSON.parse(require(\'fs\').readFileSync(0))" < file`) and fix the syntax.',
  'json-no-body': 'The JSON export has neither a "text" nor an "html" field. Add the article body under one of them.',
  'bad-sidecar': 'The <id>.meta.json sidecar is invalid (bad JSON, or "published" not YYYY-MM-DD). Fix the sidecar; the article itself is fine.',
  'invalid-record': 'The pipeline produced a record that fails the schema: a bug in a rule. Report it with this article attached.',
  'internal-error': 'A rule threw an exception on this article: a bug. Report it with this article attached.',
  'encoding-fallback': 'No charset was declared and the bytes are not UTF-8; the text was read as windows-1252. Check accented letters and quotes in the text below.',
  'unknown-charset': 'The page declares a charset that is not known; check the text for garbled letters and re-save the page as UTF-8.',
  'no-article-text': 'Very little body text was found: a 404, index or paywalled page? Check the saved page.',
  'bad-json-ld': 'The page\'s JSON-LD metadata does not parse; metadata came from other tags. Check the title and date.',
  'json-field-ignored': 'A field of the JSON export was not used. Check that the metadata below is right.',
  'json-html-ignored': 'The JSON export gives both "text" and "html"; "text" was used. Remove the one you do not want.',
};

export const DEFAULT_ADVICE = 'Read the message, check the input file, and run again. If the file looks fine, report it with the file attached.';

export function adviceFor(code: string): string {
  return Object.hasOwn(ADVICE, code) ? ADVICE[code] : DEFAULT_ADVICE;
}

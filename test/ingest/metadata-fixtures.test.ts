/**
 * Metadata over our own HTML fixtures (test/ingest/fixtures/metadata/<case>.html), each with the
 * expected fields, their origins and the publication-date diagnostics in <case>.expected.json.
 * Cases are found by scanning the folder: add a page and its expectation to add a case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestOk, input } from './helpers.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'metadata');
const FIELDS = ['title', 'source', 'url', 'published', 'author', 'language'] as const;
const cases = readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();

describe('metadata fixtures', () => {
  it('there are cases', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  it.each(cases)('%s', (name) => {
    const article = ingestOk(input(`${name}.html`, readFileSync(path.join(DIR, `${name}.html`))));
    const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as { meta: Record<string, [string, string]>; diagnostics: string[] };
    const picked: Record<string, [unknown, unknown]> = {};
    for (const field of FIELDS) if (article.meta[field] != null) picked[field] = [article.meta[field], article.meta.origin?.[field]];
    expect(picked).toEqual(expected.meta);
    expect(article.diagnostics.map((d) => d.code).filter((c) => c.startsWith('published-'))).toEqual(expected.diagnostics);
    // A modification date never becomes the publication date.
    expect(String(article.meta.published)).not.toMatch(/^2024-03-0[4-9]$/);
  });
});

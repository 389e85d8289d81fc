/**
 * Invariants over the development articles (../shared/benchmarks/incidents-dev): every span is
 * its text, output is deterministic. Accuracy is scored elsewhere; this only guards the contract.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCauses } from '../../../src/extract/causes/index.ts';
import { articleDoc, expectSpans } from './helpers.ts';

const dir = new URL('../../../../shared/benchmarks/incidents-dev/articles/', import.meta.url);
const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(new URL(`${d}/article.txt`, dir))) : [];

describe.skipIf(cases.length === 0)('causes on the dev articles', () => {
  it.each(cases)('%s', (id) => {
    const text = readFileSync(new URL(`${id}/article.txt`, dir), 'utf8');
    const doc = articleDoc(text);
    const first = extractCauses(doc);
    expectSpans(doc, first);
    expect(extractCauses(articleDoc(text))).toEqual(first);
  });
});

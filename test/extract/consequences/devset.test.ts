/**
 * Invariants over the development articles (benchmark incidents-dev): every span is its text,
 * output is deterministic. Accuracy is scored by bench:incidents; this only guards the contract.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { describeBenchmark } from '../../benchmarks/requires.ts';
import { articleDoc, expectSpans } from '../causes/helpers.ts';

describeBenchmark('incidents-dev', 'consequences on the dev articles', (root) => {
  const dir = path.join(root, 'articles');
  const cases = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'article.txt')));
  it.each(cases)('%s', (id) => {
    const text = readFileSync(path.join(dir, id, 'article.txt'), 'utf8');
    const doc = articleDoc(text);
    const first = extractConsequences(doc);
    expectSpans(doc, first);
    expect(extractConsequences(articleDoc(text))).toEqual(first);
  });
});

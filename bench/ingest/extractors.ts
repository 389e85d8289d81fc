/**
 * The two extractors the benchmark compares, each from the page's bytes to body text:
 * ours (the whole ingest stage: decode, parse, extract, clean) and Mozilla Readability on
 * linkedom (decode as UTF-8, parse, `parse().textContent`, as people use it).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bodyText } from '../../src/ingest/body.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { BenchPage } from './pages.ts';

export type Extractor = (page: BenchPage) => string;

export const ours: Extractor = (page) => {
  const result = ingest({ id: page.id, file: `${page.id}.html`, bytes: page.bytes });
  return result.ok ? bodyText(result.article) : '';
};

const utf8 = new TextDecoder('utf-8');

export const readability: Extractor = (page) => {
  const { document } = parseHTML(utf8.decode(page.bytes));
  const article = new Readability(document as never).parse();
  return article?.textContent ?? '';
};

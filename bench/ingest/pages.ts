/**
 * The article-extraction benchmark's pages: `html/<id>.html.gz` and `ground-truth.json`
 * (`{ <id>: { articleBody, url } }`), read from outside the repo (bench/lib/data.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { requireBenchmark } from '../lib/data.ts';

export const BENCHMARK = 'article-extraction';

export interface BenchPage {
  id: string;
  url: string;
  truth: string;
  /** The saved page, decompressed. */
  bytes: Uint8Array;
}

export function loadPages(dir: string = requireBenchmark(BENCHMARK)): BenchPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      truth: truth[id].articleBody,
      bytes: gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))),
    }));
}

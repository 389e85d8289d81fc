/**
 * `npm run bench:ingest -- --parsers`: parse time per page of the HTML parsers we could build on,
 * over the benchmark's pages (parse only, no extraction), best of three rounds. The extractor uses
 * htmlparser2 directly (src/ingest/html/parse.ts); the README says why.
 */
import { load } from 'cheerio';
import { load as loadSlim } from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { BenchPage } from './pages.ts';

const PARSERS: ReadonlyArray<[string, (html: string) => unknown]> = [
  ['cheerio load (parse5, the default)', (h) => load(h)],
  ['cheerio load, xml: { xmlMode: false } (htmlparser2)', (h) => load(h, { xml: { xmlMode: false, decodeEntities: true } })],
  ['cheerio/slim load (htmlparser2)', (h) => loadSlim(h)],
  ['htmlparser2 parseDocument', (h) => parseDocument(h, { decodeEntities: true })],
  ['linkedom parseHTML (Readability\'s DOM here)', (h) => parseHTML(h)],
];

export function measureParsers(pages: readonly BenchPage[]): Array<{ parser: string; msPerPage: number }> {
  const texts = pages.map((p) => new TextDecoder().decode(p.bytes));
  return PARSERS.map(([parser, parse]) => {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      for (const html of texts) parse(html);
      best = Math.min(best, performance.now() - t0);
    }
    return { parser, msPerPage: best / texts.length };
  });
}

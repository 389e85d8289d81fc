/**
 * `factwire report`: a static review site built from a run's output folder, written to
 * `<out>/report/` (index.html, articles/*.html, incidents/*.html). Every page stands alone:
 * styles inlined, no script, no network, works from file://. The same run gives the same bytes.
 *
 * The site is written into a temporary folder beside the old one and swapped in at the end, so
 * an interrupted build leaves the previous report whole and no page of a removed article lingers.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadGolden, type GoldenDiff } from './golden.ts';
import type { PageOptions } from './layout.ts';
import { loadRun, type Problem } from './load.ts';
import { articlePage, failedArticlePage } from './pages/article.ts';
import { incidentPage, placeIncidentChanges } from './pages/incident.ts';
import { overviewPage } from './pages/overview.ts';
import { articleHref, incidentHref, pageName } from './paths.ts';
import { buildSite } from './site.ts';
import { timeline } from './timeline.ts';

export interface ReportOptions {
  /** A golden folder (records/ and incidents.jsonl) to show differences against. */
  golden?: string;
}

export interface ReportResult {
  dir: string;
  index: string;
  pages: number;
  articles: number;
  incidents: number;
  /** Files of the output (or golden) folder that could not be used. */
  problems: Problem[];
}

/** Previous/next links through a list of pages. */
function pagerFor<T>(list: readonly T[], i: number, href: (x: T) => string, label: string): PageOptions['pager'] {
  return {
    prev: i > 0 ? { href: href(list[i - 1]), label: `previous ${label}` } : undefined,
    next: i + 1 < list.length ? { href: href(list[i + 1]), label: `next ${label}` } : undefined,
  };
}

/** Every page of the site: relative path → HTML. */
export async function renderReport(outDir: string, opts: ReportOptions = {}): Promise<{ pages: Map<string, string>; problems: Problem[]; articles: number; incidents: number }> {
  const run = await loadRun(outDir);
  let golden: GoldenDiff | null = null;
  if (opts.golden) {
    golden = await loadGolden(outDir, opts.golden).catch((e: Error) => {
      run.problems.push({ file: opts.golden!, message: `golden diff not shown: ${e.message}` });
      return null;
    });
  }
  const site = buildSite(run, golden);
  const pages = new Map<string, string>();
  pages.set('index.html', overviewPage(site));

  const ids = site.pageIds;
  ids.forEach((id, i) => {
    const pager = pagerFor(ids, i, (x) => articleHref(x, 1), 'article');
    const a = site.articleById.get(id);
    pages.set(`articles/${pageName(id)}`, a ? articlePage(site, a, pager) : failedArticlePage(id, site.failedById.get(id) ?? [], pager));
  });

  const placed = placeIncidentChanges(site);
  const order = timeline(run.incidents).map((e) => e.incident);
  const indexOf = new Map(run.incidents.map((inc, i) => [inc, i]));
  order.forEach((inc, i) => {
    const k = indexOf.get(inc)!;
    const pager = pagerFor(order, i, (x) => incidentHref(x.id, 1), 'incident');
    pages.set(`incidents/${pageName(inc.id)}`, incidentPage(site, inc, placed.placed[k], placed.keys[k], pager));
  });
  return { pages, problems: run.problems, articles: ids.length, incidents: order.length };
}

export async function buildReport(outDir: string, opts: ReportOptions = {}): Promise<ReportResult> {
  const { pages, problems, articles, incidents } = await renderReport(outDir, opts);
  const dir = path.join(outDir, 'report');
  const tmp = path.join(outDir, `.report-${process.pid}.tmp`);
  await rm(tmp, { recursive: true, force: true });
  for (const [rel, content] of pages) {
    await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
    await writeFile(path.join(tmp, rel), content);
  }
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return { dir, index: path.join(dir, 'index.html'), pages: pages.size, articles, incidents, problems };
}

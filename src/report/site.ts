/** What every page needs to know about the run: lookups built once from the loaded outputs. */
import type { ArticleError } from '../schema/index.ts';
import type { GoldenDiff } from './golden.ts';
import type { LoadedArticle, LoadedRun } from './load.ts';

export interface Site {
  run: LoadedRun;
  golden: GoldenDiff | null;
  /** `<article id>\u0000<incident id>` → reconciled incident id. */
  reconciledOf: Map<string, string>;
  articleById: Map<string, LoadedArticle>;
  /** Failed articles (manifest errors that name an article id), by id. */
  failedById: Map<string, ArticleError[]>;
  /** Article ids with a page, in page order (records, then failed articles). */
  pageIds: string[];
}

export const memberKey = (article: string, incident: string) => `${article}\u0000${incident}`;

export function buildSite(run: LoadedRun, golden: GoldenDiff | null): Site {
  const reconciledOf = new Map<string, string>();
  for (const inc of run.incidents) for (const m of inc.members) reconciledOf.set(memberKey(m.article, m.incident), inc.id);
  const articleById = new Map(run.articles.map((a) => [a.record.article.id, a]));
  const failedById = new Map<string, ArticleError[]>();
  for (const e of run.manifest?.errors ?? []) {
    if (e.article === null || articleById.has(e.article)) continue;
    failedById.set(e.article, [...(failedById.get(e.article) ?? []), e]);
  }
  const pageIds = [...articleById.keys(), ...[...failedById.keys()].sort()];
  return { run, golden, reconciledOf, articleById, failedById, pageIds };
}

/** How an article is named where its source matters: "Science Times (iss-coolant-leak)". */
export function outletOf(site: Site, articleId: string): string {
  const source = site.articleById.get(articleId)?.record.article.source;
  return source ? `${source} (${articleId})` : articleId;
}

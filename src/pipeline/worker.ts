/** A worker thread of the extraction pool: runs one article's job (extract, then write its outputs) per task. */
import { runArticleTask, type ArticleTask, type ArticleTaskResult } from './article-task.ts';

export default function articleInWorker(task: ArticleTask): ArticleTaskResult {
  return runArticleTask(task);
}

/** Reading a run's records back from `<out>/records/` (for tools and benchmarks, not the run itself). */
import { readFile } from 'node:fs/promises';
import { recordPath } from '../output/write.ts';
import type { ArticleRecord } from '../schema/index.ts';

export async function readRunRecords(out: string, ids: readonly string[]): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for (const id of ids) records.push(JSON.parse(await readFile(recordPath(out, id), 'utf8')) as ArticleRecord);
  return records;
}

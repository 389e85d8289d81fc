/**
 * Stages the incidents-dev benchmark into the normal input layout, in temporary folders that
 * never enter the repo: each `articles/<id>/article.txt` + `meta.json` becomes `<id>.txt` +
 * `<id>.meta.json` in a corpus folder, each `gold.json` becomes `<id>.json` in a gold folder.
 */
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Staged {
  root: string;
  corpus: string;
  gold: string;
  out: string;
  ids: string[];
}

export async function stageIncidents(benchDir: string): Promise<Staged> {
  const root = await mkdtemp(path.join(tmpdir(), 'factwire-incidents-'));
  const staged: Staged = { root, corpus: path.join(root, 'corpus'), gold: path.join(root, 'gold'), out: path.join(root, 'out'), ids: [] };
  await mkdir(staged.corpus);
  await mkdir(staged.gold);
  const articles = path.join(benchDir, 'articles');
  const ids = (await readdir(articles, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const id of ids) {
    const from = (f: string) => path.join(articles, id, f);
    if (!existsSync(from('article.txt'))) continue;
    await copyFile(from('article.txt'), path.join(staged.corpus, `${id}.txt`));
    if (existsSync(from('meta.json'))) await copyFile(from('meta.json'), path.join(staged.corpus, `${id}.meta.json`));
    if (existsSync(from('gold.json'))) await copyFile(from('gold.json'), path.join(staged.gold, `${id}.json`));
    staged.ids.push(id);
  }
  return staged;
}

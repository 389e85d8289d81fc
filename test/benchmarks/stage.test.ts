import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageIncidents } from '../../bench/incidents/stage.ts';

describe('staging incidents-dev into the normal input layout', () => {
  it('copies article.txt + meta.json as <id>.txt + <id>.meta.json, and gold.json as <id>.json', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'factwire-stage-'));
    for (const id of ['b-case', 'a-case']) {
      await mkdir(path.join(root, 'articles', id), { recursive: true });
      await writeFile(path.join(root, 'articles', id, 'article.txt'), 'Title\n\nBody.');
      await writeFile(path.join(root, 'articles', id, 'meta.json'), '{"published": null}');
      await writeFile(path.join(root, 'articles', id, 'gold.json'), '{"incidents": []}');
    }
    await mkdir(path.join(root, 'articles', 'no-text'), { recursive: true });
    const staged = await stageIncidents(root);
    expect(staged.ids).toEqual(['a-case', 'b-case']);
    expect((await readdir(staged.corpus)).sort()).toEqual(['a-case.meta.json', 'a-case.txt', 'b-case.meta.json', 'b-case.txt']);
    expect((await readdir(staged.gold)).sort()).toEqual(['a-case.json', 'b-case.json']);
    await Promise.all([rm(root, { recursive: true }), rm(staged.root, { recursive: true })]);
  });
});

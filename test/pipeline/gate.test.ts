/**
 * The article gate (no typed trigger: no tagging, no incident) must never drop an incident:
 * on every article it turns away, the full extraction and assembly also find none.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/batch/generate.ts';
import { assembleIncidents } from '../../src/assemble/index.ts';
import { ExtractDoc } from '../../src/extract/doc.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { mayTellIncident } from '../../src/pipeline/article.ts';

async function docsUnder(dir: string): Promise<[string, ExtractDoc][]> {
  const files = ((await readdir(dir, { recursive: true })) as string[]).filter((f) => /\.(txt|html?|json)$/.test(f) && !f.endsWith('.meta.json') && !/README/.test(f)).sort();
  const out: [string, ExtractDoc][] = [];
  for (const rel of files) {
    const file = path.join(dir, rel);
    const sidecarFile = file.replace(/\.[^.]+$/, '.meta.json');
    const r = ingest({ id: rel, file, bytes: await readFile(file), ...(existsSync(sidecarFile) ? { sidecar: await readFile(sidecarFile), sidecarFile } : {}) });
    if (r.ok) out.push([rel, new ExtractDoc({ ...r.article, published: r.article.meta.published })]);
  }
  return out;
}

describe('the no-trigger gate', () => {
  it('turns away only articles in which full extraction finds no incident (team corpus + generated)', async () => {
    const generated = await mkdtemp(path.join(tmpdir(), 'factwire-gate-'));
    await generateCorpus(generated, 60, 3);
    let gated = 0;
    for (const [rel, doc] of [...(await docsUnder('corpus')), ...(await docsUnder(generated))]) {
      if (mayTellIncident(doc)) continue;
      gated++;
      expect(assembleIncidents(doc, extractMentions(doc)), rel).toEqual([]);
    }
    expect(gated).toBeGreaterThan(0); // the corpus has articles without an incident
  }, 180_000);

  it.each([
    ['The ferry caught fire off the coast on Tuesday.', true],
    ['The airline will start a new route to Boston in May.', false],
    ['No leaks were found during the inspection.', false],
  ])('%s → %s', (text, want) => expect(mayTellIncident(ExtractDoc.fromText(text, '2024-01-01'))).toBe(want));
});

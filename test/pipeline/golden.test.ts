/**
 * The golden net: every article of corpus/ through the pipeline, compared field by field with
 * test/golden/. A difference fails and prints the diff. After an intended change, bless the
 * new output with `npm run golden:update` and review the diff in git.
 */
import { describe, expect, it } from 'vitest';
import { diffDirs, formatDiffs } from '../../src/golden/dirs.ts';
import { runInTemp } from './run-corpus.ts';

describe('golden records of the shipped corpus', () => {
  it('match test/golden exactly', async () => {
    const { out, manifest } = await runInTemp(['corpus']);
    expect(manifest.errors).toEqual([]);
    const diffs = await diffDirs(out, 'test/golden');
    expect(diffs.length, `output differs from test/golden:\n${formatDiffs(diffs)}\n(bless with: npm run golden:update)`).toBe(0);
  }, 120_000);
});

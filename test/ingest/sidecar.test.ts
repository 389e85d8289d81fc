import { describe, expect, it } from 'vitest';
import { readSidecar } from '../../src/ingest/sidecar.ts';
import { bytes, input } from './helpers.ts';

function withSidecar(sidecar: string | undefined, sidecarFile?: string) {
  const raw = input('a/story.txt', 'Body');
  if (sidecar !== undefined) raw.sidecar = bytes(sidecar);
  if (sidecarFile) raw.sidecarFile = sidecarFile;
  return readSidecar(raw);
}

describe('readSidecar', () => {
  it('no sidecar → no claims', () => {
    expect(withSidecar(undefined)).toEqual({ ok: true, value: [] });
  });

  it('fields become claims with origin "sidecar", published normalised', () => {
    const result = withSidecar(JSON.stringify({ title: 'T', source: 'Science Times', url: 'https://x', published: '2023-02-13T08:00:00-05:00' }));
    expect(result).toEqual({
      ok: true,
      value: [
        { field: 'title', value: 'T', origin: 'sidecar' },
        { field: 'source', value: 'Science Times', origin: 'sidecar' },
        { field: 'url', value: 'https://x', origin: 'sidecar' },
        { field: 'published', value: '2023-02-13', origin: 'sidecar' },
      ],
    });
  });

  it.each([
    ['published null', { published: null, source: 'S' }],
    ['unknown fields are allowed', { source: 'S', language: 'en', crawler: { id: 3 } }],
    ['empty object', {}],
    ['empty strings are skipped', { title: '', source: 'S' }],
  ])('accepts: %s', (_, sidecar) => {
    expect(withSidecar(JSON.stringify(sidecar)).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{ source: "x" ', 'not valid JSON'],
    ['empty file', '', 'not valid JSON'],
    ['an array', '[1]', 'expected a JSON object'],
    ['unparseable published', '{"published":"tomorrow"}', 'field "published"'],
    ['impossible date', '{"published":"2023-02-30"}', 'field "published"'],
    ['published as a number', '{"published":20230213}', 'field "published"'],
    ['title not a string', '{"title":["a"]}', 'field "title"'],
  ])('bad-sidecar: %s', (_, text, fragment) => {
    const result = withSidecar(text, 'a/story.meta.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-sidecar');
      expect(result.error.message).toContain('a/story.meta.json');
      expect(result.error.message).toContain(fragment);
    }
  });

  it('names <id>.meta.json when the caller gave no sidecar path', () => {
    const result = withSidecar('{"published":"soon"}');
    expect(!result.ok && result.error.message).toMatch(/^a\/story\.meta\.json: field "published".*"soon"/);
  });
});

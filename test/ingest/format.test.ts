import { describe, expect, it } from 'vitest';
import { extensionOf, formatOf } from '../../src/ingest/format.ts';

describe('formatOf', () => {
  it.each([
    ['a.txt', 'text'],
    ['dir/b.HTML', 'html'],
    ['c.htm', 'html'],
    ['nested/d.json', 'json'],
    ['my.article.v2.txt', 'text'],
  ])('%s → %s', (file, format) => {
    expect(formatOf(file)).toEqual({ ok: true, value: format });
  });

  it.each(['a.pdf', 'README', 'x.txt.bak', '.txt', 'dir.html/file', 'a.md'])('%s → unsupported-format', (file) => {
    const result = formatOf(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unsupported-format');
      expect(result.error.message).toContain(file);
    }
  });
});

describe('extensionOf', () => {
  it.each([
    ['a/b/c.TXT', '.txt'],
    ['a.b/c', ''],
    ['.hidden', ''],
    ['C:\\x\\y.Htm', '.htm'],
  ])('%s → %j', (file, ext) => {
    expect(extensionOf(file)).toBe(ext);
  });
});

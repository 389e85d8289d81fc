import { describe, expect, it } from 'vitest';
import { readJsonArticle } from '../../src/ingest/json.ts';

describe('readJsonArticle', () => {
  it('text body with metadata claims (origin "json")', () => {
    const result = readJsonArticle(JSON.stringify({ text: 'Body', title: 'T', source: 'S', url: 'U', published: '2023-02-13', author: [{ name: 'A B' }, 'C D'] }));
    expect(result.ok && result.value.body).toEqual({ format: 'text', value: 'Body' });
    expect(result.ok && result.value.claims.map((c) => [c.field, c.value, c.origin])).toEqual([
      ['title', 'T', 'json'],
      ['source', 'S', 'json'],
      ['url', 'U', 'json'],
      ['published', '2023-02-13', 'json'],
      ['author', 'A B, C D', 'json'],
    ]);
  });

  it('html body', () => {
    const result = readJsonArticle('{"html":"<p>Hi</p>"}');
    expect(result.ok && result.value.body).toEqual({ format: 'html', value: '<p>Hi</p>' });
  });

  it('text wins over html, with a warning', () => {
    const result = readJsonArticle('{"text":"T","html":"<p>H</p>"}');
    expect(result.ok && result.value.body.format).toBe('text');
    expect(result.ok && result.value.diagnostics.map((d) => d.code)).toEqual(['json-html-ignored']);
  });

  it('a wrong-typed field is ignored with a warning, not a failure', () => {
    const result = readJsonArticle('{"text":"T","title":42,"published":null}');
    expect(result.ok && result.value.claims).toEqual([]);
    expect(result.ok && result.value.diagnostics.map((d) => d.code)).toEqual(['json-field-ignored']);
  });

  it.each([
    ['truncated', '{"text": "a', 'malformed-json'],
    ['trailing comma', '{"text": "a",}', 'malformed-json'],
    ['top-level array', '[{"text":"a"}]', 'malformed-json'],
    ['top-level string', '"text"', 'malformed-json'],
    ['no body', '{"title":"T"}', 'json-no-body'],
    ['blank text', '{"text":"   ","html":""}', 'json-no-body'],
    ['text not a string', '{"text":["a"]}', 'json-no-body'],
  ])('%s → %s', (_, text, code) => {
    const result = readJsonArticle(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('malformed-json carries the parser message', () => {
    const result = readJsonArticle('{"text": "a",}');
    expect(!result.ok && result.error.message).toMatch(/JSON|Unexpected|Expected/);
  });
});

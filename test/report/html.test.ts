import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, safeExternalUrl, trusted } from '../../src/report/html.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ["' autofocus onfocus='x", '&#39; autofocus onfocus=&#39;x'],
    ['Fish & Chips', 'Fish &amp; Chips'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
  ])('%s', (input, out) => expect(escapeHtml(input)).toBe(out));

  it('leaves plain text alone (negative cases)', () => {
    for (const s of ['Progress MS-21', 'Krikalev, 2023-02-11', 'über → naïve', '']) expect(escapeHtml(s)).toBe(s);
  });
});

describe('html template', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const v = '"><img src=x onerror=alert(1)>';
    expect(html`<a title="${v}">${v}</a>`.toString()).toBe('<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
  });
  it('keeps nested templates, joins lists, drops null, undefined and false', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.toString()).toBe('<ul><li>a&lt;</li><li>b</li></ul>0');
  });
  it('joins with an escaped separator; trusted markup passes as is', () => {
    expect(join(['<a>', trusted('<b>')], ' & ').toString()).toBe('&lt;a&gt; &amp; <b>');
  });
  it('a string that looks like Html is still escaped (only Html objects pass)', () => {
    const fake = { toString: () => '<script>' } as unknown as string;
    expect(html`${fake}`.toString()).toBe('&lt;script&gt;');
  });
});

describe('safeExternalUrl', () => {
  it.each(['https://example.org/a?b=1#c', 'http://example.org/'])('links %s', (u) => expect(safeExternalUrl(u)).toBe(new URL(u).href));
  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with spaces and case', '  JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['relative', '/articles/x.html'],
    ['malformed', 'http//nope'],
    ['empty', ''],
    ['null', null],
  ])('refuses %s', (_n, u) => expect(safeExternalUrl(u)).toBeNull());
});

import { describe, expect, it } from 'vitest';
import { articleHref, evidenceAnchor, incidentHref, pageName } from '../../src/report/paths.ts';

describe('pageName', () => {
  it('is a readable slug plus a hash, the same every time', () => {
    expect(pageName('ships/isle-of-carra-fire-wire')).toMatch(/^ships-isle-of-carra-fire-wire-[0-9a-f]{8}\.html$/);
    expect(pageName('ships/isle-of-carra-fire-wire')).toBe(pageName('ships/isle-of-carra-fire-wire'));
  });
  it.each(['../../etc/passwd', '"><script>alert(1)</script>', 'a/b\\c:d?e#f', 'Привет/мир', '', '.', ' x '.repeat(100)])('is a safe file name for %j', (id) => {
    expect(pageName(id)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?[0-9a-f]{8}\.html$/);
    expect(pageName(id).length).toBeLessThan(80);
  });
  it('keeps ids that slug alike apart', () => {
    const ids = ['a/b', 'a-b', 'A B', 'a_b', 'a--b'];
    expect(new Set(ids.map(pageName)).size).toBe(ids.length);
  });
});

describe('hrefs', () => {
  it('are relative to the page depth, with an optional anchor', () => {
    expect(articleHref('x', 0)).toBe(`articles/${pageName('x')}`);
    expect(articleHref('x', 1, 'inc-0')).toBe(`../articles/${pageName('x')}#inc-0`);
    expect(incidentHref('y', 1)).toBe(`../incidents/${pageName('y')}`);
    expect(evidenceAnchor('dates', 3, 9)).toBe('ev-dates-3-9');
  });
});

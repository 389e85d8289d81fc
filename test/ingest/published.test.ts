import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/schema/index.ts';
import type { MetaClaim } from '../../src/ingest/draft.ts';
import { choosePublished, datedClaims, daysApart } from '../../src/ingest/published.ts';
import { readBylineText } from '../../src/ingest/html/byline-meta.ts';

const claim = (value: string, origin: string): MetaClaim => ({ field: 'published', value, origin });

function choose(...claims: MetaClaim[]) {
  const diagnostics: Diagnostic[] = [];
  const chosen = choosePublished(datedClaims(claims, diagnostics), diagnostics);
  return { date: chosen?.date ?? null, origin: chosen?.origin ?? null, codes: diagnostics.map((d) => d.code) };
}

describe('choosePublished', () => {
  it('the first readable claim wins, silently when the others agree', () => {
    expect(choose(claim('2024-03-02T10:00:00+01:00', 'html:json-ld:datePublished'), claim('2024-03-02', 'html:article:published_time'))).toEqual({
      date: '2024-03-02', origin: 'html:json-ld:datePublished', codes: [],
    });
  });

  it('a UTC timestamp one day after the date in the URL path: the written date wins, and it says so', () => {
    expect(choose(claim('2024-03-03T02:40:00Z', 'html:json-ld:datePublished'), claim('2024-03-02', 'html:link:canonical:url-path'))).toEqual({
      date: '2024-03-02', origin: 'html:json-ld:datePublished+html:link:canonical:url-path', codes: ['published-utc-shift'],
    });
  });

  it.each([
    ['a local timestamp (its calendar date is as written)', '2024-03-03T02:40:00-05:00'],
    ['a plain date', '2024-03-03'],
  ])('no shift for %s', (_, value) => {
    expect(choose(claim(value, 'html:json-ld:datePublished'), claim('2024-03-02', 'html:og:url:url-path')).date).toBe('2024-03-03');
  });

  it('no shift when the written date is further than a day', () => {
    expect(choose(claim('2024-03-03T02:40:00Z', 'html:json-ld:datePublished'), claim('2024-02-20', 'sidecar:url-path')).date).toBe('2024-03-03');
  });

  it('structured claims that differ by more than a day: a warning', () => {
    const r = choose(claim('2024-03-02', 'html:json-ld:datePublished'), claim('2023-11-20T10:00:00Z', 'html:article:published_time'));
    expect(r.codes).toEqual(['published-disagreement']);
  });

  it('a weak source only: a note, not silence', () => {
    expect(choose(claim('2024-03-02', 'html:time')).codes).toEqual(['published-weak-source']);
    expect(choose(claim('2024-03-02', 'html:og:url:url-path')).codes).toEqual(['published-weak-source']);
  });

  it('an unreadable claim is skipped with a note', () => {
    expect(choose(claim('last Tuesday', 'html:meta:date'), claim('2024-03-02', 'html:time'))).toMatchObject({ date: '2024-03-02', codes: ['unparsed-date', 'published-weak-source'] });
  });

  it('no claims: no date', () => {
    expect(choose()).toEqual({ date: null, origin: null, codes: [] });
  });

  it('daysApart', () => {
    expect(daysApart('2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(daysApart('2024-03-02', '2024-03-02')).toBe(0);
  });
});

describe('readBylineText (byline elements)', () => {
  it.each([
    ['By Marta Lindqvist | Published March 2, 2024 | Updated March 4, 2024', { author: 'Marta Lindqvist', published: '2024-03-02' }],
    ['By Hannah Kay • Published Jan. 13, 2026 at 7:40 AM AKST • Updated 4:25 PM', { author: 'Hannah Kay', published: '2026-01-13' }],
    ['By Kevin Brandl, WKLM 9 News', { author: 'Kevin Brandl' }],
    ['13 March 2026 · Updated 14 March 2026', { published: '2026-03-13' }],
  ])('%j', (text, expected) => {
    expect(readBylineText(text)).toEqual(expected);
  });

  it.each([
    ['an update alone gives no date', 'Updated March 4, 2024'],
    ['a sentence is not a byline', 'By the time the tugs arrived, the ferry had drifted.'],
    ['a bare name needs an author/byline element', 'Pieter de Wit, Hamburg'],
  ])('%s', (_, text) => {
    expect(readBylineText(text)).toEqual({});
  });
});

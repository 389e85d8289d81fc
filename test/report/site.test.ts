/**
 * The built site as files: every page is safe (no script, no event attribute, no javascript:
 * link, the CSP hash matches the inlined style), every internal link and anchor resolves, the
 * hostile article's text and metadata come out as text, and the same run gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.ts';
import { articleHref, evidenceAnchor, pageName } from '../../src/report/paths.ts';
import { factsOf } from '../../src/report/facts.ts';
import { buildFixtureSite, HOSTILE_ID, HOSTILE_META, HOSTILE_TEXT, readRecord, SEED_ID, type FixtureSite } from './fixture.ts';

let site: FixtureSite;
const pages = new Map<string, cheerio.CheerioAPI>();

beforeAll(async () => {
  site = await buildFixtureSite();
  const files = (await readdir(site.report.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const f of files) pages.set(f.split(path.sep).join('/'), cheerio.load(await readFile(path.join(site.report.dir, f), 'utf8')));
}, 120_000);

const articlePage = (id: string) => pages.get(`articles/${pageName(id)}`)!;

describe('every page of the report', () => {
  it('has the pages of the run: overview, two articles, their incidents', () => {
    expect([...pages.keys()].filter((p) => p.startsWith('articles/'))).toHaveLength(2);
    expect([...pages.keys()].filter((p) => p.startsWith('incidents/')).length).toBeGreaterThanOrEqual(2);
    expect(pages.has('index.html')).toBe(true);
  });

  it('sets a CSP that allows no script and only the inlined style, by its hash', () => {
    for (const [name, $] of pages) {
      const first = $('head').children().eq(1);
      expect(first.attr('http-equiv'), name).toBe('Content-Security-Policy');
      const policy = first.attr('content')!;
      expect(policy).toMatch(/default-src 'none'/);
      expect(policy).not.toMatch(/unsafe-inline|script-src/);
      const hash = createHash('sha256').update($('style').text()).digest('base64');
      expect(policy).toContain(`'sha256-${hash}'`);
      expect($('style')).toHaveLength(1);
    }
  });

  it('holds no script, no event-handler attribute, no javascript: URL, no frame or embedded image', () => {
    for (const [name, $] of pages) {
      expect($('script, iframe, img, object, embed, base, form, link[rel=stylesheet]').length, name).toBe(0);
      $('*').each((_, el) => {
        for (const attr of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(attr.startsWith('on'), `${name}: ${attr}`).toBe(false);
      });
      $('[href]').each((_, el) => expect($(el).attr('href'), name).not.toMatch(/^\s*(?:javascript|data|vbscript):/i));
    }
  });

  it('links only to pages and anchors that exist, or to http(s) URLs', async () => {
    let checked = 0;
    for (const [name, $] of pages) {
      for (const el of $('a[href]').toArray()) {
        const href = $(el).attr('href')!;
        if (/^https?:/.test(href)) continue;
        const [file, anchor] = href.split('#');
        const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(name), file)) : name;
        expect(pages.has(target), `${name} → ${href}`).toBe(true);
        if (anchor) expect(pages.get(target)!(`[id="${anchor}"]`).length, `${name} → ${href}`).toBe(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('gives the same bytes when built again from the same run', async () => {
    const again = await renderReport(site.out, { golden: site.golden });
    for (const [rel, html] of again.pages) expect(html, rel).toBe(await readFile(path.join(site.report.dir, rel), 'utf8'));
    expect(again.pages.size).toBe(pages.size);
  });
});

describe('the hostile article', () => {
  it('gets a safe page name and its crafted id, title and source show as text', () => {
    expect(pageName(HOSTILE_ID)).toMatch(/^[a-z0-9-]+\.html$/);
    const $ = articlePage(HOSTILE_ID);
    expect($('h1').text()).toBe(HOSTILE_META.title);
    expect($('title').text()).toContain(HOSTILE_META.title);
    expect($('.sub').text()).toContain(HOSTILE_META.source);
    expect($('.sub code').first().text()).toBe(HOSTILE_ID);
  });

  it('shows the javascript: URL as text, not as a link', () => {
    const $ = articlePage(HOSTILE_ID);
    const row = $('th:contains("url")').parent();
    expect(row.find('a')).toHaveLength(0);
    expect(row.find('td').first().text()).toBe(HOSTILE_META.url);
  });

  it('renders the whole text, payloads included, as text between the highlights', async () => {
    const $ = articlePage(HOSTILE_ID);
    const text = await readFile(path.join(site.out, 'text', `${HOSTILE_ID}.txt`), 'utf8');
    expect(text).toContain("<iframe src=\"javascript:window.__pwned='iframe'\">");
    expect($('#text').text()).toBe(text);
    expect($('#text mark').length).toBeGreaterThan(3);
    expect(HOSTILE_TEXT.includes('</mark>')).toBe(true);
  });
});

describe('the seed article page', () => {
  it('highlights every evidence span of both incidents with its kind', async () => {
    const rec = await readRecord(site.out, SEED_ID);
    const $ = articlePage(SEED_ID);
    expect(rec.incidents.map((i) => i.mention)).toEqual(['main', 'background']);
    let n = 0;
    for (const inc of rec.incidents) {
      for (const { kind, fact } of factsOf(inc)) {
        for (const e of fact.evidence) {
          const id = evidenceAnchor(kind, e.start, e.end);
          const mark = $(`[id="${id}"]`);
          expect(mark.attr('data-kind'), id).toBe(kind);
          const whole = $(`[id="${id}"], [data-for="${id}"]`).toArray().map((el) => $(el).text()).join('');
          expect(whole, id).toBe(e.quote);
          expect(mark.attr('data-tip'), id).toContain(`rule: ${fact.ruleId}`);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(40);
  });

  it('places the deliberate golden changes on the facts they touch, with the summary count', () => {
    const $ = articlePage(SEED_ID);
    expect($('#golden').text()).toMatch(/3 difference\(s\).*1 added, 1 removed, 1 changed/);
    const changedRow = $('ul.facts > li:has(> .badge.changed)').filter((_, el) => $(el).text().includes('role: "reported" → "occurred"'));
    expect(changedRow).toHaveLength(1);
    expect(changedRow.attr('class')).toBe('k-dates');
    expect($('li.k-locations.removed').text()).toContain('Baikonur');
    expect($('li.k-people:has(.badge.added)')).toHaveLength(1);
    expect($('#golden-list li')).toHaveLength(3);
  });

  it('shows the incidents.jsonl changes on the reconciled incident page, in place', async () => {
    const rec = await readRecord(site.out, SEED_ID);
    const main = rec.incidents.find((i) => i.mention === 'main')!;
    const $seed = articlePage(SEED_ID);
    const href = $seed('article.card#inc-0 a[href^="../incidents/"]').attr('href')!;
    const $ = pages.get(path.posix.normalize(path.posix.join('articles', href)))!;
    expect($('#golden').text()).toContain('type: "leak" → "coolant leak"');
    expect($('ul.facts > li.k-people:has(> .badge.added)').length).toBe(main.people.length);
    expect($('ul.facts > li.k-vehicles:has(> .badge)').filter((_, el) => $(el).text().includes('vs golden'))).toHaveLength(0);
    expect(pages.get('index.html')!('#golden details li').length).toBeGreaterThan(1);
  });

  it('links the overview to it', () => {
    const $ = pages.get('index.html')!;
    expect($(`a[href="${articleHref(SEED_ID, 0)}"]`).length).toBeGreaterThan(0);
    expect(existsSync(path.join(site.report.dir, articleHref(SEED_ID, 0)))).toBe(true);
  });
});

/**
 * The report in a real browser (headless Chromium), opened from file:// as a reviewer would:
 * the overview, a link to the seed article and the highlights of its two incidents, keyboard
 * focus and tooltips, an incident page and its evidence links, the golden diff of a
 * deliberately changed record, phone width and dark mode, and a hostile article whose
 * payloads must not run. One browser for the whole file.
 *
 * Screenshots go to output/ (git-ignored): report-overview.png, report-article.png.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDirs } from '../../src/golden/dirs.ts';
import { FACT_KINDS } from '../../src/report/data/kinds.ts';
import { factsOf } from '../../src/report/facts.ts';
import { html, trusted } from '../../src/report/html.ts';
import { page as pageShell } from '../../src/report/layout.ts';
import { articleHref, evidenceAnchor, incidentHref } from '../../src/report/paths.ts';
import type { ReconciledIncident } from '../../src/schema/index.ts';
import { buildFixtureSite, HOSTILE_ID, HOSTILE_META, readRecord, SEED_ID, type FixtureSite } from '../report/fixture.ts';
import { launchChromium } from './browser.ts';

// The callbacks given to page.evaluate run in the browser. The project compiles without the DOM
// library (it is a Node program), so the few browser globals they use are declared here, for
// this file only (a module's declarations do not leak into the rest of the program).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(el: unknown, pseudo?: string): any;

const ARTIFACTS = path.resolve('output');

let site: FixtureSite;
let browser: Browser;
let desktop: BrowserContext;
const consoleErrors: string[] = [];

const url = (rel: string) => pathToFileURL(path.join(site.report.dir, rel)).href;

async function open(ctx: BrowserContext, rel: string): Promise<Page> {
  const p = await ctx.newPage();
  p.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${rel}: ${m.text()}`);
  });
  p.on('pageerror', (e) => consoleErrors.push(`${rel}: ${e.message}`));
  await p.goto(url(rel));
  return p;
}

beforeAll(async () => {
  site = await buildFixtureSite();
  browser = await launchChromium();
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await mkdir(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the report in Chromium', () => {
  it('opens the overview from file:// with its styles, counts, chart and timeline, and no console error', async () => {
    const p = await open(desktop, 'index.html');
    expect(await p.title()).toBe('Run overview · factwire report');
    // The stylesheet applied: its CSP hash matched (a mismatch leaves the page unstyled and logs an error).
    expect(await p.locator('header.top').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(246, 248, 250)');
    expect(await p.locator('.stats li').filter({ hasText: 'articles' }).first().locator('.n').textContent()).toBe('2');
    expect(await p.locator('svg.chart rect.bar').count()).toBe(FACT_KINDS.length);
    expect(await p.locator('ol.timeline li').count()).toBe(site.report.incidents);
    await p.screenshot({ path: path.join(ARTIFACTS, 'report-overview.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await p.close();
  });

  it('follows a link from the overview to the seed article and finds both incidents highlighted by kind', async () => {
    const rec = await readRecord(site.out, SEED_ID);
    const p = await open(desktop, 'index.html');
    await p.getByRole('link', { name: rec.article.title! }).click();
    await p.waitForURL(/\/articles\/iss-coolant-leak-[0-9a-f]{8}\.html$/);
    expect(await p.locator('.cards > article.card').count()).toBe(2);
    expect(await p.locator('.cards > article.card h3 .badge').allTextContents()).toEqual(['main', 'background']);

    const expected = rec.incidents.flatMap((inc) =>
      factsOf(inc).flatMap(({ kind, fact }) => fact.evidence.map((e) => ({ id: evidenceAnchor(kind, e.start, e.end), kind, label: FACT_KINDS.find((k) => k.key === kind)!.label, quote: e.quote }))),
    );
    expect(new Set(rec.incidents.map((i) => i.mention))).toEqual(new Set(['main', 'background']));
    const seen = await p.evaluate((list) => {
      return list.map(({ id }) => {
        const el = document.getElementById(id);
        if (!el) return null;
        const parts = [el, ...document.querySelectorAll(`[data-for="${id}"]`)].map((x) => x.textContent).join('');
        return { kind: el.dataset.kind, text: parts, label: getComputedStyle(el, '::before').content, background: getComputedStyle(el).backgroundColor };
      });
    }, expected);
    expected.forEach((e, i) => {
      expect(seen[i], e.id).not.toBeNull();
      expect(seen[i]!.kind, e.id).toBe(e.kind);
      expect(seen[i]!.text, e.id).toBe(e.quote);
      expect(seen[i]!.label, e.id).toBe(`"${e.label}"`);
      expect(seen[i]!.background, e.id).not.toBe('rgba(0, 0, 0, 0)');
    });
    expect(expected.length).toBeGreaterThan(40);
    await p.screenshot({ path: path.join(ARTIFACTS, 'report-article.png'), fullPage: false });
    await p.close();
  });

  it('is usable by keyboard: skip link first, Tab reaches the highlights, focus shows fact, value and rule', async () => {
    const p = await open(desktop, articleHref(SEED_ID, 0));
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip');
    await p.keyboard.press('Enter');
    expect(new URL(p.url()).hash).toBe('#main');
    let focused: { tag: string; tip: string | null } = { tag: '', tip: null };
    for (let i = 0; i < 40 && focused.tag !== 'MARK'; i++) {
      await p.keyboard.press('Tab');
      focused = await p.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', tip: document.activeElement?.getAttribute('data-tip') ?? null }));
    }
    expect(focused.tag).toBe('MARK');
    const tooltip = await p.evaluate(() => {
      const s = getComputedStyle(document.activeElement!, '::after');
      return { display: s.display, content: s.content };
    });
    expect(tooltip.display).toBe('block');
    expect(tooltip.content).toContain('rule: ');
    expect(tooltip.content).toContain(focused.tip!.split('\n')[0]);

    const vehicle = p.locator('mark.hl[data-kind="vehicles"][id]').first();
    await vehicle.hover();
    expect(await vehicle.evaluate((el) => getComputedStyle(el, '::after').display)).toBe('block');
    await p.close();
  });

  it('links an incident page to the evidence in each article', async () => {
    const p = await open(desktop, articleHref(SEED_ID, 0));
    await p.locator('article.card').first().getByRole('link', { name: /^Reconciled incident:/ }).click();
    await p.waitForURL(/\/incidents\//);
    const evidence = p.locator('ul.facts > li.k-vehicles .ev a').first();
    const href = (await evidence.getAttribute('href'))!;
    await evidence.click();
    await p.waitForURL(/\/articles\/.*#ev-vehicles-\d+-\d+$/);
    const target = href.split('#')[1];
    expect(await p.evaluate((id) => document.querySelector(':target')?.id === id && document.getElementById(id)?.tagName, target)).toBe('MARK');
    await p.close();
  });

  it('shows the golden diff of the deliberately changed record: count on the overview, changes in place', async () => {
    const diffs = await diffDirs(site.out, site.golden);
    const seedDiff = diffs.find((d) => d.file === `records/${SEED_ID}.json`)!;
    expect(seedDiff.changes.length).toBe(3);
    const p = await open(desktop, 'index.html');
    const row = p.locator('#golden tr', { hasText: `records/${SEED_ID}.json` });
    expect(await row.locator('td.num').allTextContents()).toEqual(['1', '1', '1']);
    await row.getByRole('link').click();
    await p.waitForURL(/#golden$/);
    await expect.poll(() => p.locator('#golden').textContent()).toContain(`${seedDiff.changes.length} difference(s)`);
    const changed = p.locator('ul.facts > li.k-dates', { has: p.locator('> .badge.changed') });
    expect(await changed.count()).toBe(1);
    expect(await changed.textContent()).toContain('role: "reported" → "occurred"');
    expect(await changed.isVisible()).toBe(true);
    const removed = p.locator('ul.facts > li.k-locations.removed');
    expect(await removed.textContent()).toContain('Baikonur');
    expect(await p.locator('ul.facts > li.k-people', { has: p.locator('> .badge.added') }).count()).toBe(1);
    expect(await p.locator('#golden-list li').count()).toBe(seedDiff.changes.length);
    await p.close();
  });

  it('stays within a phone-width screen and follows dark mode', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    for (const rel of ['index.html', articleHref(SEED_ID, 0), articleHref(HOSTILE_ID, 0)]) {
      const p = await open(phone, rel);
      const m = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth, bg: getComputedStyle(document.body).backgroundColor }));
      expect(m.scroll, rel).toBeLessThanOrEqual(m.width);
      expect(m.bg, rel).toBe('rgb(13, 17, 23)');
      await p.close();
    }
    await phone.close();
  });
});

describe('a hostile article in Chromium', () => {
  /** Hovers and focuses every highlight and clicks the text, then reads the flag. */
  async function provoke(p: Page): Promise<unknown> {
    for (const m of await p.locator('mark.hl[id]').all()) {
      await m.hover();
      await m.focus();
    }
    await p.locator('#text').click({ position: { x: 5, y: 5 } });
    return p.evaluate(() => window.__pwned);
  }

  it('runs none of its payloads, with the CSP and with the CSP bypassed (escaping alone)', async () => {
    const text = await readFile(path.join(site.out, 'text', `${HOSTILE_ID}.txt`), 'utf8');
    const incidents = (await readFile(path.join(site.out, 'incidents.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as ReconciledIncident);
    const hostileIncidents = incidents.filter((i) => i.members.some((m) => m.article === HOSTILE_ID)).map((i) => incidentHref(i.id, 0));
    expect(hostileIncidents.length).toBeGreaterThan(0);
    for (const bypassCSP of [true, false]) {
      const ctx = await browser.newContext({ bypassCSP });
      for (const rel of ['index.html', articleHref(HOSTILE_ID, 0), ...hostileIncidents]) {
        const p = await open(ctx, rel);
        if (rel === articleHref(HOSTILE_ID, 0)) {
          expect(await provoke(p), `${rel} bypassCSP=${bypassCSP}`).toBeUndefined();
          expect(await p.locator('h1').textContent()).toBe(HOSTILE_META.title);
          expect(await p.title()).toContain(HOSTILE_META.title);
          expect(await p.locator('#text').textContent()).toBe(text);
          expect(await p.locator('#text mark.hl[id]').count()).toBeGreaterThan(3);
        }
        const dom = await p.evaluate(() => ({
          pwned: window.__pwned,
          scripts: document.scripts.length,
          injected: document.querySelectorAll('main img, main iframe, main b, main a[href^="javascript:"], [onerror], [onload], [onmouseover], [data-x]').length,
        }));
        expect(dom, `${rel} bypassCSP=${bypassCSP}`).toEqual({ pwned: undefined, scripts: 0, injected: 0 });
        await p.close();
      }
      await ctx.close();
    }
  });

  it('controls: the flag does catch a payload that is not escaped, and the page CSP alone still blocks it', async () => {
    const payload = `<img src=x onerror="window.__pwned='control'">`;
    const dir = path.join(site.report.dir, 'control');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'bare.html'), `<!doctype html><html><body>${payload}</body></html>`);
    await writeFile(path.join(dir, 'shell.html'), pageShell({ title: 'control', depth: 1, body: html`<p>${trusted(payload)}</p>` }));
    const loose = await browser.newContext({ bypassCSP: true });
    const bare = await loose.newPage();
    await bare.goto(url('control/bare.html'));
    await expect.poll(() => bare.evaluate(() => window.__pwned)).toBe('control');
    await loose.close();
    const strict = await browser.newContext();
    const shell = await strict.newPage();
    await shell.goto(url('control/shell.html'));
    await shell.waitForLoadState('load');
    expect(await shell.evaluate(() => window.__pwned)).toBeUndefined();
    await strict.close();
  });
});

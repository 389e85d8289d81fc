/**
 * The page shell shared by every page: a restrictive Content-Security-Policy, the stylesheet
 * inlined with its hash (the only thing the policy lets the page load or run), a skip link,
 * the navigation and the footer.
 *
 * The policy is `default-src 'none'`: no script at all (no inline, no file, no `javascript:`
 * URL), no images, frames, fonts or connections, and styles only from the hashed `<style>`.
 * Escaping (html.ts) is the first defence; the policy is the second.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FACT_KINDS } from './data/kinds.ts';
import { html, trusted, type Html, type HtmlValue } from './html.ts';
import { indexHref } from './paths.ts';

function kindCss(): string {
  const vars = (mode: 'light' | 'dark') => FACT_KINDS.map((k) => `.k-${k.key} { --line: ${k.line[mode]}; --tint: ${k.tint[mode]}; }`).join('\n');
  const rules = FACT_KINDS.map((k) => `mark.hl.k-${k.key} { background: var(--tint); text-decoration-color: var(--line); text-decoration-style: ${k.underline}; text-underline-offset: ${k.offset}px; }`).join('\n');
  return `${vars('light')}
@media (prefers-color-scheme: dark) {
${vars('dark')}
}
${rules}
mark.hl[data-label]::before { color: var(--line); }
svg .bar { fill: var(--line); }
ul.facts > li[class*="k-"] { border-left-color: var(--line); }
.swatch { display: inline-block; padding: 0 0.35rem; border-radius: 3px; background: var(--tint); text-decoration: underline 2px var(--line); text-underline-offset: 3px; }
`;
}

export const STYLESHEET = `${readFileSync(new URL('./style.css', import.meta.url), 'utf8')}${kindCss()}`;
const STYLE_HASH = createHash('sha256').update(STYLESHEET).digest('base64');

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

export interface PageOptions {
  title: string;
  /** 0 for index.html, 1 for pages under articles/ and incidents/. */
  depth: 0 | 1;
  body: Html;
  /** Links to the previous and next page of the same list (keyboard browsing). */
  pager?: { prev?: { href: string; label: string }; next?: { href: string; label: string } };
  footer?: HtmlValue;
}

export function page(o: PageOptions): string {
  const pager = o.pager
    ? html`<span class="pager">${o.pager.prev ? html`<a href="${o.pager.prev.href}" rel="prev">← ${o.pager.prev.label}</a>` : ''}${o.pager.next ? html`<a href="${o.pager.next.href}" rel="next">${o.pager.next.label} →</a>` : ''}</span>`
    : '';
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${o.title} · factwire report</title>
<style>${trusted(STYLESHEET)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><nav aria-label="Report"><a class="brand" href="${indexHref(o.depth)}">factwire report</a><a href="${indexHref(o.depth, 'articles')}">Articles</a><a href="${indexHref(o.depth, 'incidents')}">Incidents</a><a href="${indexHref(o.depth, 'problems')}">Errors and warnings</a>${pager}</nav></header>
<main id="main" tabindex="-1">
${o.body}
</main>
<footer>${o.footer ?? ''}</footer>
</body>
</html>
`;
  return doc.toString();
}

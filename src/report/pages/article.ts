/**
 * One article: its cleaned text with every evidence span highlighted, its incidents side by
 * side with their facts, its metadata and where each piece came from, its diagnostics, and,
 * with a golden folder, its differences from the golden record placed on the facts they touch.
 */
import type { Change } from '../../golden/diff.ts';
import type { ArticleError, ArticleRecord, Incident } from '../../schema/index.ts';
import { advice, changeBadge, changeList, factBody, factSections, legend, mentionBadge, shortQuote } from '../components.ts';
import type { FactKindKey } from '../data/kinds.ts';
import { factLine, factsOf, type AnyFact } from '../facts.ts';
import { changesAt, countChanges, factKey, listKeys, placeChanges, type PlacedIncident } from '../golden.ts';
import { highlightDescriptions, highlightText, type HighlightSpan } from '../highlight.ts';
import { html, safeExternalUrl, type Html } from '../html.ts';
import { page } from '../layout.ts';
import type { LoadedArticle } from '../load.ts';
import { evidenceAnchor, incidentHref } from '../paths.ts';
import { memberKey, type Site } from '../site.ts';

export interface EvidenceCheck {
  spans: HighlightSpan[];
  /** Evidence whose quote is not the text at its offsets (stale or foreign text file). */
  mismatched: string[];
}

/** Every evidence span of the record, one per kind and offsets, with all the facts it supports. */
export function evidenceSpans(record: ArticleRecord, text: string): EvidenceCheck {
  const byAnchor = new Map<string, HighlightSpan>();
  const mismatched: string[] = [];
  for (const inc of record.incidents) {
    for (const { kind, fact } of factsOf(inc)) {
      for (const e of fact.evidence) {
        if (text.slice(e.start, e.end) !== e.quote) {
          mismatched.push(`${kind} ${e.start}-${e.end} "${shortQuote(e.quote)}"`);
          continue;
        }
        const anchor = evidenceAnchor(kind, e.start, e.end);
        const tip = `${factLine(kind, fact)}\nincident: ${inc.id} (${inc.mention})\nrule: ${fact.ruleId ?? '?'}`;
        const seen = byAnchor.get(anchor);
        if (seen) seen.tip += `\n\n${tip}`;
        else byAnchor.set(anchor, { anchor, kind, start: e.start, end: e.end, tip });
      }
    }
  }
  return { spans: [...byAnchor.values()], mismatched };
}

function factItem(inc: number, kind: FactKindKey, index: number, fact: AnyFact, placed: PlacedIncident | undefined, factPath: string): Html {
  const changes = placed?.facts.get(factKey(kind, index));
  return html`<li class="k-${kind}" id="f-${inc}-${kind}-${index}">${factBody(kind, fact)}${changeBadge(changes, factPath)}
<div class="ev">${fact.evidence.map((e, i) => html`${i ? ' · ' : ''}<a href="#${evidenceAnchor(kind, e.start, e.end)}">“${shortQuote(e.quote)}”</a>`)}</div>
<div class="rule">rule <code>${fact.ruleId ?? '?'}</code></div>${changes && !changes.every((c) => c.op === 'added' && c.path === factPath) ? changeList(changes, 'changes', factPath) : ''}</li>`;
}

function incidentCard(site: Site, articleId: string, inc: Incident, i: number, placed: PlacedIncident | undefined, incKey: string): Html {
  const reconciled = site.reconciledOf.get(memberKey(articleId, inc.id));
  const addedWhole = placed?.own.some((c) => c.op === 'added' && c.path === `incidents[${incKey}]`);
  const kinds = factSections(inc, placed, incKey, 'h4', (kind, f, j, path) => factItem(i, kind, j, f, placed, path));
  const own = placed?.own.filter((c) => !(c.op === 'added' && c.path === `incidents[${incKey}]`)) ?? [];
  return html`<article class="card${addedWhole ? ' added' : ''}" id="inc-${i}" aria-labelledby="inc-${i}-h">
<h3 id="inc-${i}-h">${inc.type} ${mentionBadge(inc.mention)}${addedWhole ? html`<span class="badge added">added vs golden</span>` : ''}</h3>
<div class="details"><code>${inc.id}</code></div>
<p>${inc.summary}</p>
${reconciled ? html`<p><a href="${incidentHref(reconciled, 1)}">Reconciled incident: ${reconciled}</a></p>` : ''}
${own.length ? changeList(own, 'changes', `incidents[${incKey}]`) : ''}
${kinds}
</article>`;
}

const META_FIELDS = ['id', 'title', 'source', 'url', 'published', 'author', 'language'] as const;

function metadata(record: ArticleRecord, changes: readonly Change[]): Html {
  const a = record.article;
  const rows = META_FIELDS.map((f) => {
    const changed = changesAt(changes, `article.${f}`);
    const v = a[f];
    const origin = a.origin?.[f] ?? (f === 'id' ? 'file path' : '');
    const safe = f === 'url' ? safeExternalUrl(v) : null;
    const value = v === null || v === undefined ? html`<span class="muted">none</span>` : safe ? html`<a href="${safe}" rel="noopener noreferrer nofollow">${v}</a>` : html`<span class="mono">${v}</span>`;
    return html`<tr><th scope="row">${f}</th><td>${value}${changed.length ? html`${changeBadge(changed)}${changeList(changed, 'changes', `article.${f}`)}` : ''}</td><td>${origin || html`<span class="muted">—</span>`}</td></tr>`;
  });
  return html`<section aria-labelledby="meta-h"><h2 id="meta-h" tabindex="-1">Metadata</h2><div class="table-wrap"><table><thead><tr><th scope="col">field</th><th scope="col">value</th><th scope="col">came from</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function diagnostics(record: ArticleRecord, mismatched: string[]): Html {
  const rows = record.diagnostics.map(
    (d) => html`<tr><td><span class="badge ${d.severity === 'info' ? 'bg' : d.severity === 'error' ? 'removed' : 'changed'}">${d.severity}</span></td><td><code>${d.code}</code></td><td>${d.message}</td><td>${d.severity === 'info' ? '' : advice(d.code)}</td></tr>`,
  );
  const bad = mismatched.length
    ? html`<div class="note error" role="alert"><strong>${mismatched.length} evidence span(s) do not match the text file</strong> and are not highlighted (is <code>text/</code> from another run?): ${mismatched.join('; ')}</div>`
    : '';
  return html`<section aria-labelledby="diag-h"><h2 id="diag-h" tabindex="-1">Warnings and notes (${record.diagnostics.length})</h2>${bad}${
    rows.length ? html`<div class="table-wrap"><table><thead><tr><th scope="col">severity</th><th scope="col">code</th><th scope="col">message</th><th scope="col">what to do</th></tr></thead><tbody>${rows}</tbody></table></div>` : html`<p class="muted">None.</p>`
  }</section>`;
}

/** The summary at the top of the page: how this record differs from its golden record. */
function goldenSummary(site: Site, articleId: string): Html {
  if (!site.golden) return html``;
  const d = site.golden.articles.get(articleId);
  if (!d) return html`<div class="note" id="golden"><strong>Golden diff:</strong> no differences from the golden record.</div>`;
  if (d.status === 'added') return html`<div class="note warn" id="golden"><span class="badge added">added</span><strong>Golden diff:</strong> this article has no golden record (new article).</div>`;
  const n = countChanges(d.changes);
  return html`<div class="note warn" id="golden"><strong>Golden diff: ${n.total} difference(s)</strong> from the golden record: ${n.added} added, ${n.removed} removed, ${n.changed} changed. Each is marked in place below; the full list is <a href="#golden-list">at the end</a>.</div>`;
}

function goldenList(changes: readonly Change[]): Html {
  return html`<section aria-labelledby="golden-list-h" id="golden-list"><h2 id="golden-list-h">Golden diff, every line</h2>
<p class="muted">The same lines as <code>factwire diff</code>: + added in the run, - missing from the run, ~ changed (golden → run).</p>
${changeList(changes)}</section>`;
}

export function articlePage(site: Site, a: LoadedArticle, pager: Parameters<typeof page>[0]['pager']): string {
  const { record, text } = a;
  const id = record.article.id;
  const check = text === null ? { spans: [], mismatched: [] } : evidenceSpans(record, text);
  const top = goldenSummary(site, id);
  const diff = site.golden?.articles.get(id);
  const placement = diff?.status === 'changed' ? placeChanges(record.incidents, diff.changes) : null;
  const keys = listKeys(record.incidents);
  const textPanel =
    text === null
      ? html`<div class="note error">The text file <code>text/${id}.txt</code> is missing: no highlights.</div>`
      : html`${legend()}<p class="muted">Tab moves from highlight to highlight; focus or hover one to see its fact, value and rule. <a href="#incidents-h">Skip the highlights</a>.</p><div class="text" id="text">${highlightText(text, check.spans)}</div>${highlightDescriptions(text, check.spans)}`;
  const body = html`<h1>${record.article.title ?? id}</h1>
<p class="sub"><code>${id}</code> · ${record.article.source ?? 'unknown source'} · published ${record.article.published ?? 'unknown'}</p>
${top}
<nav class="toc" aria-label="On this page">Jump to: <a href="#text-h">text</a> · <a href="#incidents-h">incidents</a> · <a href="#meta-h">metadata</a> · <a href="#diag-h">warnings</a>${diff?.status === 'changed' ? html` · <a href="#golden-list">golden diff</a>` : ''}</nav>
<div class="article-grid">
<section aria-labelledby="text-h"><h2 id="text-h" tabindex="-1">Text and evidence</h2>${textPanel}</section>
<section aria-labelledby="incidents-h"><h2 id="incidents-h" tabindex="-1">Incidents (${record.incidents.length})</h2>${
    record.incidents.length ? html`<div class="cards">${record.incidents.map((inc, i) => incidentCard(site, id, inc, i, placement?.incidents[i], keys[i]))}</div>` : html`<p class="muted">No incident found in this article.</p>`
  }${placement?.removedIncidents.length ? html`<div class="cards">${placement.removedIncidents.map((c) => html`<article class="card removed"><h3><span class="badge removed">removed vs golden</span>incident</h3>${changeList([c], 'changes')}</article>`)}</div>` : ''}</section>
</div>
${metadata(record, diff?.changes ?? [])}
${diagnostics(record, check.mismatched)}
${diff?.status === 'changed' ? goldenList(diff.changes) : ''}`;
  return page({ title: record.article.title ?? id, depth: 1, body, pager });
}

/** A page for an article that failed: what went wrong and what to do. */
export function failedArticlePage(id: string, errors: readonly ArticleError[], pager: Parameters<typeof page>[0]['pager']): string {
  const body = html`<h1>${id}</h1>
<p class="sub">This article failed: no record was written.</p>
${errors.map((e) => html`<div class="note error" role="alert"><p><span class="badge removed">${e.stage}</span><code>${e.code}</code>: ${e.message}</p><p>File: <code>${e.file}</code></p><p><strong>What to do:</strong> ${advice(e.code)}</p></div>`)}`;
  return page({ title: id, depth: 1, body, pager });
}

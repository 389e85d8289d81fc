/**
 * One reconciled incident: the articles it merges, each fact with the outlets that state it
 * and links to its evidence in each article, where the sources agree and where they disagree
 * (every value with its outlets, the preferred one marked), and why the members were merged.
 */
import type { ReconciledIncident } from '../../schema/index.ts';
import { changeBadge, changeList, factBody, factSections, mentionBadge, shortQuote } from '../components.ts';
import type { FactKindKey } from '../data/kinds.ts';
import type { AnyFact } from '../facts.ts';
import { countChanges, factKey, listKeys, placeChanges, type PlacedIncident } from '../golden.ts';
import { html, type Html } from '../html.ts';
import { page, type PageOptions } from '../layout.ts';
import { articleHref, evidenceAnchor } from '../paths.ts';
import { outletOf, type Site } from '../site.ts';

function sourceLinks(site: Site, sources: readonly string[]): Html {
  return html`${sources.map((s, i) => html`${i ? ', ' : ''}<a href="${articleHref(s, 1)}">${outletOf(site, s)}</a>`)}`;
}

/** Agreement status: preferred / not preferred among disagreeing values, or how many agree. */
function agreement(f: AnyFact): Html {
  const n = f.sources?.length ?? 0;
  if (f.preferred === true) return html`<span class="badge preferred">★ preferred</span>`;
  if (f.preferred === false) return html`<span class="badge changed">disputed, not preferred</span>`;
  return n > 1 ? html`<span class="badge preferred">${n} sources agree</span>` : html`<span class="badge bg">1 source</span>`;
}

function factRow(site: Site, kind: FactKindKey, f: AnyFact, index: number, placed: PlacedIncident | undefined, path: string): Html {
  const changes = placed?.facts.get(factKey(kind, index));
  const evidence = f.evidence.map(
    (e, i) => html`${i ? html`<br>` : ''}<a href="${articleHref(e.article ?? '', 1, evidenceAnchor(kind, e.start, e.end))}">“${shortQuote(e.quote)}”</a> <span class="muted">in ${outletOf(site, e.article ?? '')}</span>`,
  );
  return html`<li class="k-${kind}" id="f-${kind}-${index}">${factBody(kind, f)} ${agreement(f)}${changeBadge(changes, path)}
<div class="details">stated by ${sourceLinks(site, f.sources ?? [])}</div>
<div class="ev">${evidence}</div>${changes && !changes.every((c) => c.op === 'added' && c.path === path) ? changeList(changes, 'changes', path) : ''}</li>`;
}

function disagreements(site: Site, inc: ReconciledIncident): Html {
  if (!inc.disagreements.length) return html`<p class="muted">The sources do not disagree on any value.</p>`;
  return html`${inc.disagreements.map(
    (d) => html`<div class="card"><h3>${d.field}</h3><ul class="facts">${d.values.map(
      (v) => html`<li>${v.value === d.preferred ? html`<span class="badge preferred">★ preferred</span>` : html`<span class="badge changed">other value</span>`}<span class="value">${v.value}</span><div class="details">stated by ${sourceLinks(site, v.sources)}</div></li>`,
    )}</ul><p class="details">Why preferred: ${d.reason}</p></div>`,
  )}`;
}

function members(site: Site, inc: ReconciledIncident): Html {
  return html`<ul>${inc.members.map((m) => {
    const rec = site.articleById.get(m.article)?.record;
    const i = rec?.incidents.findIndex((x) => x.id === m.incident) ?? -1;
    return html`<li><a href="${articleHref(m.article, 1, i >= 0 ? `inc-${i}` : undefined)}">${outletOf(site, m.article)}</a>: <code>${m.incident}</code> ${mentionBadge(m.mention)}${rec?.article.title ? html` <span class="muted">“${rec.article.title}”</span>` : ''}</li>`;
  })}</ul>`;
}

export function incidentPage(site: Site, inc: ReconciledIncident, placed: PlacedIncident | undefined, incKey: string, pager: PageOptions['pager']): string {
  const facts = factSections(inc, placed, incKey, 'h3', (kind, f, i, path) => factRow(site, kind, f, i, placed, path));
  const golden = site.golden
    ? placed && (placed.own.length || placed.facts.size || placed.removed.length)
      ? html`<div class="note warn" id="golden"><strong>Golden diff:</strong> ${countChanges([...placed.own, ...[...placed.facts.values()].flat(), ...placed.removed.map((r) => r.change)]).total} difference(s) from the golden <code>incidents.jsonl</code>, marked in place.${changeList(placed.own, 'changes', `incidents[${incKey}]`)}</div>`
      : html`<div class="note" id="golden"><strong>Golden diff:</strong> no differences from the golden <code>incidents.jsonl</code>.</div>`
    : '';
  const body = html`<h1>${inc.summary}</h1>
<p class="sub"><span class="badge">${inc.type}</span><code>${inc.id}</code> · reported by ${inc.members.length} article(s)</p>
${golden}
<div class="two">
<section aria-labelledby="members-h"><h2 id="members-h">Articles that report it</h2>${members(site, inc)}</section>
<section aria-labelledby="why-h"><h2 id="why-h">Why these were merged</h2><ul>${inc.explanation.map((e) => html`<li>${e}</li>`)}</ul></section>
</div>
<section aria-labelledby="dis-h"><h2 id="dis-h">Disagreements (${inc.disagreements.length})</h2><div class="cards">${disagreements(site, inc)}</div></section>
<section aria-labelledby="facts-h"><h2 id="facts-h">Facts and their sources</h2>${facts}</section>`;
  return page({ title: `${inc.type}: ${inc.id}`, depth: 1, body, pager });
}

/** Changes of the golden incidents.jsonl, placed on the run's reconciled incidents. */
export function placeIncidentChanges(site: Site): { placed: (PlacedIncident | undefined)[]; keys: string[]; removed: ReturnType<typeof placeChanges>['removedIncidents'] } {
  const keys = listKeys(site.run.incidents);
  const d = site.golden?.incidents;
  if (!d || d.status !== 'changed') return { placed: site.run.incidents.map(() => undefined), keys, removed: [] };
  const p = placeChanges(site.run.incidents, d.changes);
  return { placed: p.incidents, keys, removed: [...p.removedIncidents, ...p.other] };
}

/**
 * The run overview (index.html): counts, facts by kind, throughput, a timeline of the
 * reconciled incidents, errors and warnings grouped by reason with what to do, the golden
 * diff summary, and the lists of articles and incidents every other page is reached from.
 */
import { countFacts } from '../../pipeline/task.ts';
import { factsChart, timelineChart } from '../charts.ts';
import { advice, changeList } from '../components.ts';
import { FACT_KINDS, type FactKindKey } from '../data/kinds.ts';
import { countChanges } from '../golden.ts';
import { html, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { articleHref, incidentHref } from '../paths.ts';
import type { Site } from '../site.ts';
import { timeline, type TimePoint } from '../timeline.ts';

function group<T>(items: readonly T[], key: (x: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const x of items) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return [...m.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
}

function counts(site: Site): Html {
  const m = site.run.manifest;
  const records = site.run.articles.map((a) => a.record);
  const c = m?.counts ?? { files: records.length, articles: records.length, failed: 0, incidents: records.reduce((n, r) => n + r.incidents.length, 0), reconciledIncidents: site.run.incidents.length, facts: countFacts(records) };
  const facts = Object.values(c.facts).reduce((a, b) => a + b, 0);
  const item = (n: number, label: string) => html`<li><span class="n">${n}</span>${label}</li>`;
  return html`<ul class="stats">${item(c.files, 'files')}${item(c.articles, 'articles')}${item(c.failed, 'failed')}${item(c.incidents, 'incidents in articles')}${item(c.reconciledIncidents, 'reconciled incidents')}${item(facts, 'facts')}</ul>`;
}

function factsByKind(site: Site): Html {
  const c = site.run.manifest?.counts.facts ?? countFacts(site.run.articles.map((a) => a.record));
  const table = html`<div class="table-wrap"><table><thead><tr><th scope="col">kind</th><th scope="col" class="num">facts</th></tr></thead><tbody>${FACT_KINDS.map(
    (k) => html`<tr><td><span class="swatch k-${k.key}">${k.label}</span></td><td class="num">${c[k.key] ?? 0}</td></tr>`,
  )}</tbody></table></div>`;
  return html`<section aria-labelledby="facts-h"><h2 id="facts-h">Facts by kind</h2><div class="two"><div>${factsChart(c as Partial<Record<FactKindKey, number>>)}</div>${table}</div></section>`;
}

function throughput(site: Site): Html {
  const m = site.run.manifest;
  if (!m) return html``;
  const total = m.timings.totalMs ?? 0;
  const rate = total > 0 ? (m.counts.articles / (total / 1000)).toFixed(1) : 'n/a';
  const stages = Object.entries(m.timings).filter(([k]) => k !== 'totalMs');
  return html`<section aria-labelledby="tp-h"><h2 id="tp-h">Throughput</h2>
<p><strong>${rate} articles/s</strong>: ${m.counts.articles} articles in ${(total / 1000).toFixed(2)} s (factwire ${m.tool.version}, Node ${m.tool.node}).</p>
<div class="table-wrap"><table><thead><tr><th scope="col">stage</th><th scope="col" class="num">ms</th><th scope="col" class="num">ms per article</th></tr></thead><tbody>${stages.map(
    ([k, v]) => html`<tr><td>${k.replace(/Ms$/, '')}</td><td class="num">${v.toFixed(1)}</td><td class="num">${m.counts.articles ? (v / m.counts.articles).toFixed(2) : '—'}</td></tr>`,
  )}</tbody></table></div>
<p class="muted">Stage times are summed over articles handled at the same time, so they can add up to more than the total.</p></section>`;
}

const GRANULARITY_NOTE: Record<TimePoint['granularity'], string> = { year: 'year only', month: 'month only', week: 'week only', day: '', time: '' };

function incidentsTimeline(site: Site): Html {
  const entries = timeline(site.run.incidents);
  const items = entries.map((e) => {
    const bg = e.incident.members.every((m) => m.mention === 'background');
    const note = e.point ? GRANULARITY_NOTE[e.point.granularity] : e.value ? 'year unknown' : 'no occurrence date';
    return html`<li><span class="when"><code>${e.value?.replace('T', ' ') ?? '—'}</code>${note ? html` <span class="muted">(${note})</span>` : ''}</span><span><a href="${incidentHref(e.incident.id, 0)}">${e.incident.summary}</a> ${bg ? html`<span class="badge bg">background only</span>` : ''}<span class="muted">${e.incident.members.length} article(s)${e.incident.disagreements.length ? `, ${e.incident.disagreements.length} disagreement(s)` : ''}</span></span></li>`;
  });
  return html`<section aria-labelledby="incidents-h" id="incidents"><h2 id="incidents-h">Reconciled incidents by occurrence date (${entries.length})</h2>
<p class="muted">Filled dot: reported as the main story by some article; hollow dot: only mentioned in passing. Years without an incident are left out of the axis (⋯); busier years get more room. Undated incidents are listed last.</p>
${timelineChart(entries, (id) => incidentHref(id, 0))}
<ol class="timeline">${items}</ol></section>`;
}

function problems(site: Site): Html {
  const m = site.run.manifest;
  const errors = group(m?.errors ?? [], (e) => e.code);
  const warnings = group(m?.warnings ?? [], (w) => w.code);
  const errorLink = (e: { article: string | null; file: string }) =>
    e.article !== null ? html`<a href="${articleHref(e.article, 0)}"><code>${e.file}</code></a>` : html`<code>${e.file}</code>`;
  const errorGroups = errors.map(
    ([code, list]) => html`<div class="note error"><h3><code>${code}</code> (${list.length} file(s))</h3><p><strong>What to do:</strong> ${advice(code)}</p><ul>${list.map((e) => html`<li>${errorLink(e)}: ${e.message}</li>`)}</ul></div>`,
  );
  const warningGroups = warnings.map(
    ([code, list]) => html`<div class="note warn"><h3><code>${code}</code> (${list.length} article(s))</h3><p><strong>What to do:</strong> ${advice(code)}</p><ul>${list.map((w) => html`<li><a href="${articleHref(w.article, 0)}"><code>${w.article}</code></a>: ${w.message}</li>`)}</ul></div>`,
  );
  const report = site.run.problems.length
    ? html`<div class="note error"><h3>Files of the output folder the report could not use (${site.run.problems.length})</h3><ul>${site.run.problems.map((p) => html`<li><code>${p.file}</code>: ${p.message}</li>`)}</ul></div>`
    : '';
  return html`<section aria-labelledby="problems-h" id="problems"><h2 id="problems-h">Errors and warnings</h2>${report}
${errorGroups.length ? errorGroups : html`<p>No errors: every file became a record.</p>`}
${warningGroups.length ? warningGroups : html`<p>No warnings.</p>`}</section>`;
}

function goldenOverview(site: Site): Html {
  const g = site.golden;
  if (!g) return html``;
  if (!g.all.length) return html`<div class="note" id="golden"><strong>Golden diff</strong> against <code>${g.dir}</code>: no differences.</div>`;
  const total = g.all.reduce((n, d) => n + Math.max(1, d.changes.length), 0);
  const rows = g.all.map((d) => {
    const m = d.file.match(/^records\/(.+)\.json$/);
    const n = countChanges(d.changes);
    const link = m && d.status !== 'removed' ? html`<a href="${articleHref(m[1], 0, 'golden')}"><code>${d.file}</code></a>` : html`<code>${d.file}</code>`;
    return html`<tr><td>${link}</td><td><span class="badge ${d.status}">${d.status === 'added' ? 'not in golden' : d.status === 'removed' ? 'missing from run' : 'changed'}</span></td><td class="num">${n.added}</td><td class="num">${n.removed}</td><td class="num">${n.changed}</td></tr>`;
  });
  const incidentLines = g.incidents?.status === 'changed' ? html`<details><summary>Every line of the incidents.jsonl diff (${g.incidents.changes.length})</summary>${changeList(g.incidents.changes)}</details>` : '';
  return html`<section aria-labelledby="golden-h" id="golden"><h2 id="golden-h">Golden diff: ${g.all.length} file(s) differ, ${total} difference(s)</h2>
<p class="muted">Against <code>${g.dir}</code>, the same comparison as <code>factwire diff</code>. Each article page shows its differences on the facts they touch.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">file</th><th scope="col">status</th><th scope="col" class="num">added</th><th scope="col" class="num">removed</th><th scope="col" class="num">changed</th></tr></thead><tbody>${rows}</tbody></table></div>${incidentLines}</section>`;
}

function articles(site: Site): Html {
  const rows = site.run.articles.map(({ record: r }) => {
    const facts = r.incidents.reduce((n, i) => n + FACT_KINDS.reduce((k, { key }) => k + i[key].length, 0), 0);
    const warnings = r.diagnostics.filter((d) => d.severity !== 'info').length;
    const diff = site.golden?.articles.get(r.article.id);
    return html`<tr><td><a href="${articleHref(r.article.id, 0)}">${r.article.title ?? r.article.id}</a><div class="muted"><code>${r.article.id}</code></div></td><td>${r.article.source ?? '—'}</td><td>${r.article.published ?? '—'}</td><td class="num">${r.incidents.length}</td><td class="num">${facts}</td><td class="num">${warnings}</td>${site.golden ? html`<td class="num">${diff ? Math.max(1, diff.changes.length) : 0}</td>` : ''}</tr>`;
  });
  const failed = [...site.failedById.entries()].map(
    ([id, errs]) => html`<tr><td><a href="${articleHref(id, 0)}"><code>${id}</code></a></td><td colspan="${site.golden ? 6 : 5}"><span class="badge removed">failed</span><code>${errs[0].code}</code></td></tr>`,
  );
  return html`<section aria-labelledby="articles-h" id="articles"><h2 id="articles-h">Articles (${site.run.articles.length + site.failedById.size})</h2><div class="table-wrap"><table><thead><tr><th scope="col">article</th><th scope="col">source</th><th scope="col">published</th><th scope="col" class="num">incidents</th><th scope="col" class="num">facts</th><th scope="col" class="num">warnings</th>${
    site.golden ? html`<th scope="col" class="num">golden diffs</th>` : ''
  }</tr></thead><tbody>${rows}${failed}</tbody></table></div></section>`;
}

export function overviewPage(site: Site): string {
  const corpus = site.run.manifest?.corpus.join(', ') ?? site.run.outDir;
  const body = html`<h1>Run overview</h1>
<p class="sub">Corpus: <code>${corpus}</code></p>
${goldenOverview(site)}
${counts(site)}
${factsByKind(site)}
${incidentsTimeline(site)}
${problems(site)}
${articles(site)}
${throughput(site)}`;
  return page({ title: 'Run overview', depth: 0, body, footer: html`Made by <code>factwire report</code> from the files of the run; no script, no network.` });
}

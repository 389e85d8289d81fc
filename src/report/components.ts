/** Pieces of markup shared by the pages: fact values, change lists, badges, the legend. */
import { formatChange, type Change } from '../golden/diff.ts';
import { adviceFor } from './data/advice.ts';
import { FACT_KINDS, type FactKindKey } from './data/kinds.ts';
import type { Incident, ReconciledIncident } from '../schema/index.ts';
import { factDetails, factValue, type AnyFact } from './facts.ts';
import { listKeys, type PlacedIncident } from './golden.ts';
import { html, type Html } from './html.ts';

export const kindLabel = (k: FactKindKey) => FACT_KINDS.find((x) => x.key === k)!.label;

/** A fact's value and details: "<b>2023-02-11</b> as written: Saturday · role: occurred". */
export function factBody(kind: FactKindKey, f: AnyFact): Html {
  const details = factDetails(kind, f);
  return html`<span class="badge k-${kind}">${kindLabel(kind)}</span><span class="value">${factValue(kind, f)}</span>${
    details.length ? html`<div class="details">${details.map(([k, v], i) => html`${i ? ' · ' : ''}${k}: ${v}`)}</div>` : ''
  }`;
}

/** A short quote for a link text: the first 70 characters. */
export function shortQuote(q: string): string {
  const flat = q.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

const OP_LABEL = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * Golden changes as the `factwire diff` lines, each with a text badge. In place (on a fact or
 * an incident), `within` is the path of that fact and is left out of each line: the fact's
 * own row already says which fact it is.
 */
export function changeList(changes: readonly Change[], cls = 'difflist', within = ''): Html {
  if (!changes.length) return html``;
  const relative = (c: Change): Change => (within && c.path.startsWith(within) && c.path !== within ? { ...c, path: c.path.slice(within.length).replace(/^\./, '') } : c);
  return html`<ul class="${cls}">${changes.map((c) => html`<li class="${c.op}"><span class="badge ${c.op}">${OP_LABEL[c.op]}</span>${formatChange(relative(c))}</li>`)}</ul>`;
}

/** The badge of a fact or incident from its changes: added, changed, or nothing. */
export function changeBadge(changes: readonly Change[] | undefined, path?: string): Html {
  if (!changes?.length) return html``;
  const op = changes.some((c) => c.op === 'added' && (path === undefined || c.path === path)) ? 'added' : 'changed';
  return html`<span class="badge ${op}">${op} vs golden</span>`;
}

/** The colour key: each kind's label on its own highlight colour and underline. */
export function legend(): Html {
  return html`<ul class="legend" aria-label="Highlight colours">${FACT_KINDS.map((k) => html`<li><span class="swatch k-${k.key}">${k.label}</span></li>`)}</ul>`;
}

/** Advice for an error or warning code. */
export function advice(code: string): Html {
  return html`<span class="advice">${adviceFor(code)}</span>`;
}

/** "main" or "background", as a badge. */
export function mentionBadge(mention: 'main' | 'background'): Html {
  return mention === 'background' ? html`<span class="badge bg">background</span>` : html`<span class="badge">main</span>`;
}

export type FactRow = (kind: FactKindKey, fact: AnyFact, index: number, path: string) => Html;

/**
 * An incident's facts, one headed list per kind that has any, with the facts the golden has
 * and the run does not (removed) at the end of their kind. `path` is the fact's JSON path in
 * the diff, for placing its changes.
 */
export function factSections(inc: Incident | ReconciledIncident, placed: PlacedIncident | undefined, incKey: string, heading: 'h3' | 'h4', row: FactRow): Html[] {
  return FACT_KINDS.map(({ key, label }) => {
    const list = inc[key] as AnyFact[];
    const removed = placed?.removed.filter((r) => r.kind === key) ?? [];
    if (!list.length && !removed.length) return html``;
    const keys = listKeys(list);
    const title = html`${label} (${list.length})`;
    return html`${heading === 'h3' ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}<ul class="facts">${list.map((f, i) => row(key, f, i, `incidents[${incKey}].${key}[${keys[i]}]`))}${removed.map(
      (r) => html`<li class="k-${key} removed"><span class="badge removed">removed vs golden</span>${changeList([r.change], 'changes', `incidents[${incKey}].${key}`)}</li>`,
    )}</ul>`;
  });
}

/**
 * Evidence highlighting: the cleaned text with one `<mark>` per evidence span, where spans may
 * nest (a vehicle name inside a cause clause) or cross (a date span that starts inside one
 * clause and ends inside the next). HTML elements can only nest, so a span that crosses the end
 * of an enclosing one is split into fragments: the first fragment carries the id, label,
 * tooltip and focus; the others continue it (`data-for` names the first).
 *
 * The text between tags is the article text, escaped, in order: stripping the tags gives the
 * text back exactly (tested on random span sets).
 */
import { FACT_KINDS, type FactKindKey } from './data/kinds.ts';
import { html, join, trusted, type Html } from './html.ts';

export interface HighlightSpan {
  /** The element id (evidence anchor); unique per page. */
  anchor: string;
  kind: FactKindKey;
  start: number;
  end: number;
  /** Tooltip text shown on hover and focus (plain text, may hold newlines). */
  tip: string;
}

export type Token =
  | { type: 'text'; start: number; end: number }
  | { type: 'open'; span: HighlightSpan; first: boolean }
  | { type: 'close'; span: HighlightSpan };

const kindRank = (k: FactKindKey) => FACT_KINDS.findIndex((x) => x.key === k);

/** Outer spans first: earlier start, then longer, then kind order, then anchor. */
function outerFirst(a: HighlightSpan, b: HighlightSpan): number {
  return a.start - b.start || b.end - a.end || kindRank(a.kind) - kindRank(b.kind) || (a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0);
}

/** Spans that can be drawn: inside the text, not empty, one per anchor. */
export function drawable(spans: readonly HighlightSpan[], length: number): HighlightSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end)) return false;
    if (seen.has(s.anchor)) return false;
    seen.add(s.anchor);
    return true;
  });
}

/**
 * The well-nested token stream: at each boundary, spans ending there close (closing whatever
 * is open inside them and reopening what goes on as continuations), then spans starting there
 * open, outer first.
 */
export function tokenize(length: number, input: readonly HighlightSpan[]): Token[] {
  const spans = drawable(input, length).sort(outerFirst);
  const bounds = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const tokens: Token[] = [];
  const stack: HighlightSpan[] = [];
  let next = 0;
  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i];
    const lowest = stack.findIndex((s) => s.end === at);
    if (lowest >= 0) {
      const reopen = stack.slice(lowest).filter((s) => s.end > at);
      for (const s of stack.splice(lowest).reverse()) tokens.push({ type: 'close', span: s });
      for (const s of reopen) {
        stack.push(s);
        tokens.push({ type: 'open', span: s, first: false });
      }
    }
    while (next < spans.length && spans[next].start === at) {
      stack.push(spans[next]);
      tokens.push({ type: 'open', span: spans[next++], first: true });
    }
    if (i + 1 < bounds.length) tokens.push({ type: 'text', start: at, end: bounds[i + 1] });
  }
  return tokens;
}

const labelOf = (k: FactKindKey) => FACT_KINDS.find((x) => x.key === k)!.label;

function openTag(span: HighlightSpan, first: boolean): Html {
  if (!first) return html`<mark class="hl k-${span.kind} cont" data-kind="${span.kind}" data-for="${span.anchor}">`;
  return html`<mark class="hl k-${span.kind}" id="${span.anchor}" data-kind="${span.kind}" data-label="${labelOf(span.kind)}" data-tip="${span.tip}" tabindex="0" aria-describedby="d-${span.anchor}">`;
}

/** The text with its highlights, as markup. */
export function highlightText(text: string, spans: readonly HighlightSpan[]): Html {
  return join(
    tokenize(text.length, spans).map((t) => (t.type === 'text' ? text.slice(t.start, t.end) : t.type === 'open' ? openTag(t.span, t.first) : trusted('</mark>'))),
  );
}

/**
 * Screen readers get each span's tooltip through `aria-describedby`: one hidden paragraph per
 * drawn span (the CSS tooltip is visual only).
 */
export function highlightDescriptions(text: string, spans: readonly HighlightSpan[]): Html {
  const drawn = drawable(spans, text.length).sort(outerFirst);
  return html`<div class="descriptions" hidden>${drawn.map((s) => html`<p id="d-${s.anchor}">${s.tip}</p>`)}</div>`;
}

/**
 * Safe HTML building. Every page of the report is made with the `html` tagged template: each
 * interpolated value is escaped unless it is already `Html` (built by this module), so article
 * text, titles, ids and rule ids can never become markup. There is no other way to produce
 * `Html` from a string than `trusted()`, which is reserved for constants of the report itself.
 *
 * Escaping covers both text and attribute contexts (`& < > " '`), so one function serves both;
 * attributes are always written double-quoted by the templates.
 */
export class Html {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element body or a double-quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A value the templates accept: escaped when a string or number, kept when Html, lists joined. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.toString();
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped. */
export function html(parts: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = parts[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + parts[i + 1];
  return new Html(out);
}

/** Markup written by the report itself (CSS, SVG built from numbers). Never pass input text. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** Joins values (escaping strings) with an optional separator. */
export function join(values: readonly HtmlValue[], sep: HtmlValue = ''): Html {
  return new Html(values.map(render).join(render(sep)));
}

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/**
 * A URL from an article that may become a link: only absolute http(s) URLs. `javascript:`,
 * `data:`, `file:` and relative or malformed values stay plain text (null here).
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return SAFE_SCHEMES.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

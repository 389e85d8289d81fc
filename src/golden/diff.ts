/**
 * Field-by-field differences between two records (or two reconciled incident lists), by
 * JSON path. Lists of facts are matched by their identity (incident `id`, fact `name` or
 * `text`), so a changed role reads `incidents[leak-x].dates[Saturday].role`, not `[3]`.
 */
export type Change =
  | { op: 'added'; path: string; value: unknown }
  | { op: 'removed'; path: string; value: unknown }
  | { op: 'changed'; path: string; before: unknown; after: unknown };

const IDENTITY_FIELDS = ['id', 'name', 'text', 'article'] as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The identity of a list element: its id/name/text, numbered when repeated. */
export function keyOf(x: unknown, seen: Map<string, number>): string {
  let k = JSON.stringify(x);
  if (isObject(x)) {
    const f = IDENTITY_FIELDS.find((name) => typeof x[name] === 'string');
    if (f) k = String(x[f]);
    if (f === 'text' && typeof x.value === 'string') k = `${x.text}=${x.value}`;
    // A merged date has no single text: its identity is its value, role and event.
    if (!f && typeof x.value === 'string' && typeof x.role === 'string') k = [x.value, x.role, x.event].filter(Boolean).join(' ');
  }
  const n = (seen.get(k) ?? 0) + 1;
  seen.set(k, n);
  return n === 1 ? k : `${k}#${n}`;
}

function keyed(list: unknown[]): Map<string, unknown> {
  const seen = new Map<string, number>();
  return new Map(list.map((x) => [keyOf(x, seen), x]));
}

/** Evidence lists and primitive lists compare as wholes: one line, not one per offset. */
function atomic(list: unknown[], path: string): boolean {
  return /(?:evidence|aliases|variants|texts|sources|explanation)$/.test(path) || list.every((x) => !isObject(x));
}

export function diffValues(before: unknown, after: unknown, path = ''): Change[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    if (atomic(before, path) && atomic(after, path)) {
      return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ op: 'changed', path, before, after }];
    }
    const a = keyed(before);
    const b = keyed(after);
    const out: Change[] = [];
    for (const [k, v] of a) if (!b.has(k)) out.push({ op: 'removed', path: `${path}[${k}]`, value: v });
    for (const [k, v] of b) {
      if (!a.has(k)) out.push({ op: 'added', path: `${path}[${k}]`, value: v });
      else out.push(...diffValues(a.get(k), v, `${path}[${k}]`));
    }
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const out: Change[] = [];
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in after)) out.push({ op: 'removed', path: p, value: before[k] });
      else if (!(k in before)) out.push({ op: 'added', path: p, value: after[k] });
      else out.push(...diffValues(before[k], after[k], p));
    }
    return out;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ op: 'changed', path, before, after }];
}

const short = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}...` : s;
};

/** One line per change: "+ path: value", "- path: value", "~ path: before → after". */
export function formatChange(c: Change): string {
  if (c.op === 'added') return `+ ${c.path}: ${short(c.value)}`;
  if (c.op === 'removed') return `- ${c.path}: ${short(c.value)}`;
  return `~ ${c.path}: ${short(c.before)} → ${short(c.after)}`;
}

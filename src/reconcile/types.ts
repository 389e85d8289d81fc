/**
 * Incident types compared: the same base type ("coolant leak" and "leak" are leaks), one family
 * (a firebomb reported as a fire, an explosion or a bombing), or different kinds of incident.
 */
import { incidentTypes } from '../lexicons/incidents.ts';
import { typeFamilies, unknownTypes } from '../lexicons/reconcile.ts';

const KNOWN = incidentTypes.map((t) => t.type).sort((a, b) => b.length - a.length);

/** "coolant leak" → "leak", "engine fire" → "fire", "engine failure" → "engine failure". */
export function baseType(type: string): string {
  const t = type.toLowerCase().trim();
  return KNOWN.find((k) => t === k || t.endsWith(` ${k}`)) ?? t.split(' ').slice(-1)[0];
}

export type TypeRelation = 'same' | 'family' | 'unknown' | 'other';

const relations = new Map<string, TypeRelation>();

export function typeRelation(a: string, b: string): TypeRelation {
  const key = `${a}|${b}`;
  let rel = relations.get(key);
  if (!rel) relations.set(key, (rel = relationOf(a, b)));
  return rel;
}

function relationOf(a: string, b: string): TypeRelation {
  const x = baseType(a);
  const y = baseType(b);
  if (unknownTypes.includes(x) || unknownTypes.includes(y)) return 'unknown';
  if (x === y) return 'same';
  return typeFamilies.some((f) => f.includes(x) && f.includes(y)) ? 'family' : 'other';
}

/** Types that may name one incident (the v1 test of the first reconciler, kept for callers). */
export function typesAgree(a: string, b: string): boolean {
  return typeRelation(a, b) !== 'other';
}

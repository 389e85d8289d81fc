/** Small builders of records and incidents for reconciler tests (invented facts only). */
import { SCHEMA_VERSION, type ArticleRecord, type Incident } from '../../src/schema/index.ts';

export const ev = (quote = 'x', start = 0) => [{ start, end: start + quote.length, quote }];

export interface IncidentSpec {
  id?: string;
  type?: string;
  mention?: 'main' | 'background';
  vehicles?: (string | { name: string; kind?: Incident['vehicles'][number]['kind']; aliases?: string[] })[];
  occurred?: string[];
  dates?: { value: string; role: 'occurred' | 'reported' | 'other'; event?: string; text?: string }[];
  people?: (string | { name: string; variants?: string[]; role?: string })[];
  places?: string[];
  orgs?: string[];
  consequences?: string[];
  causes?: string[];
}

export function incident(s: IncidentSpec = {}): Incident {
  const type = s.type ?? 'leak';
  return {
    id: s.id ?? 'i1',
    type,
    mention: s.mention ?? 'main',
    summary: `${type}.`,
    vehicles: (s.vehicles ?? []).map((v) => (typeof v === 'string' ? { name: v } : v)).map((v) => ({ name: v.name, kind: v.kind ?? 'ship', aliases: v.aliases ?? [], evidence: ev(v.name), ruleId: 't' })),
    dates: [
      ...(s.occurred ?? []).map((value) => ({ text: value, value, role: 'occurred' as const, evidence: ev(value), ruleId: 't' })),
      ...(s.dates ?? []).map((d) => ({ text: d.text ?? d.value, value: d.value, role: d.role, ...(d.event ? { event: d.event } : {}), evidence: ev(d.text ?? d.value), ruleId: 't' })),
    ],
    people: (s.people ?? []).map((p) => (typeof p === 'string' ? { name: p } : p)).map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), variants: p.variants ?? [], evidence: ev(p.name), ruleId: 't' })),
    organizations: (s.orgs ?? []).map((name) => ({ name, evidence: ev(name), ruleId: 't' })),
    locations: (s.places ?? []).map((name) => ({ name, evidence: ev(name), ruleId: 't' })),
    causes: (s.causes ?? []).map((text) => ({ text, evidence: ev(text), ruleId: 't' })),
    consequences: (s.consequences ?? []).map((text) => ({ text, evidence: ev(text), ruleId: 't' })),
  };
}

export function record(id: string, incidents: Incident[], meta: { published?: string | null; source?: string | null; title?: string | null } = {}): ArticleRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { id, source: meta.source ?? null, url: null, title: meta.title ?? null, published: meta.published ?? null },
    incidents,
    diagnostics: [],
  };
}

/**
 * Stable ids from content: "<type>-<subject>-<date>", e.g. `leak-progress-ms-37-2026-03-21`.
 * The subject is the named vehicle most members state, else the place most members state; the
 * date is the incident's own day (see `day`). Equal bases get
 * `-2`, `-3`… in the order of the groups, which is the order of their first member's key.
 */
import { slug } from '../assemble/spans.ts';
import type { ReconciledIncident } from '../schema/index.ts';
import { baseType } from './types.ts';
import { vehicleIdOf } from './vehicles.ts';

type Body = Omit<ReconciledIncident, 'id' | 'explanation'>;

/** Most sources first, then most evidence spans (the vehicle an article keeps talking about), then as listed. */
const bySources = <T extends { sources: string[]; evidence: unknown[] }>(xs: T[]) => [...xs].sort((a, b) => b.sources.length - a.sources.length || b.evidence.length - a.evidence.length);

function subject(r: Body): string {
  const vs = bySources(r.vehicles);
  const named = vs.find((v) => vehicleIdOf(v.name)?.strength === 'named');
  return (named ?? vs[0])?.name ?? bySources(r.locations)[0]?.name ?? r.members[0].article;
}

/**
 * The day the incident happened: among the occurrence dates that belong to the members' own
 * incidents (`core`, see coreDates), the one most articles state, then the one stated most often,
 * then the preferred one, then the latest.
 */
function day(r: Body, core: string[]): string {
  const occ = r.dates.filter((d) => d.role === 'occurred' && /^\d{4}/.test(d.value) && (!core.length || core.some((c) => d.value.startsWith(c) || c.startsWith(d.value.slice(0, 10)))));
  const pick = [...occ].sort((a, b) => b.sources.length - a.sources.length || b.evidence.length - a.evidence.length || Number(b.preferred ?? false) - Number(a.preferred ?? false) || (a.value < b.value ? 1 : -1))[0];
  return pick?.value.slice(0, 10) ?? 'undated';
}

/** Ids for the merged incidents; `core[n]` are the calendar values of group n's own dates. */
export function nameIncidents(list: Body[], core: string[][] = []): string[] {
  const used = new Map<string, number>();
  return list.map((r, g) => {
    const base = slug([baseType(r.type), subject(r), day(r, core[g] ?? [])].join(' '));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

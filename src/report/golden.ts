/**
 * The golden diff, placed where it applies. The differences themselves come from
 * `src/golden/dirs.ts` (`diffDirs`, the same as `factwire diff`); this module only finds, for
 * each change, the incident or fact of the page it is about, by building the same JSON paths
 * the diff builds (`incidents[<key>].<kind>[<key>]`, keys from `keyOf`).
 */
import { diffDirs, type FileDiff } from '../golden/dirs.ts';
import { keyOf, type Change } from '../golden/diff.ts';
import type { Incident, ReconciledIncident } from '../schema/index.ts';
import { FACT_KINDS, type FactKindKey } from './data/kinds.ts';

export interface GoldenDiff {
  dir: string;
  /** Per `records/<id>.json`, keyed by article id. */
  articles: Map<string, FileDiff>;
  /** Changes of `incidents.jsonl` (status `changed`), or the whole file added/removed. */
  incidents: FileDiff | null;
  all: FileDiff[];
}

const RECORD_FILE = /^records\/(.+)\.json$/;

export async function loadGolden(outDir: string, goldenDir: string): Promise<GoldenDiff> {
  const all = await diffDirs(outDir, goldenDir);
  const articles = new Map<string, FileDiff>();
  for (const d of all) {
    const m = d.file.match(RECORD_FILE);
    if (m) articles.set(m[1], d);
  }
  return { dir: goldenDir, articles, incidents: all.find((d) => d.file === 'incidents.jsonl') ?? null, all };
}

/** The keys `diffValues` gives the elements of a list, in list order. */
export function listKeys(list: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return list.map((x) => keyOf(x, seen));
}

/** Changes at `path` or below it. */
export function changesAt(changes: readonly Change[], path: string): Change[] {
  return changes.filter((c) => c.path === path || c.path.startsWith(`${path}.`) || c.path.startsWith(`${path}[`));
}

export interface PlacedIncident {
  /** Changes to the incident's own fields (type, summary, mention), or its addition. */
  own: Change[];
  /** Per kind, per fact index: the changes of that fact. */
  facts: Map<string, Change[]>;
  /** Facts the golden has and the run does not. */
  removed: { kind: FactKindKey; change: Change }[];
}

export interface Placement {
  incidents: PlacedIncident[];
  /** Whole incidents the golden has and the run does not. */
  removedIncidents: Change[];
  /** Everything else (article metadata, diagnostics, schema version). */
  other: Change[];
}

export const factKey = (kind: FactKindKey, index: number) => `${kind}:${index}`;

function placeIncident(prefix: string, incident: Incident | ReconciledIncident, changes: Change[]): PlacedIncident {
  const placed: PlacedIncident = { own: [], facts: new Map(), removed: [] };
  const claimed = new Set<Change>();
  for (const { key } of FACT_KINDS) {
    const kindPath = `${prefix}.${key}`;
    listKeys(incident[key]).forEach((k, i) => {
      const mine = changesAt(changes, `${kindPath}[${k}]`);
      mine.forEach((c) => claimed.add(c));
      if (mine.length) placed.facts.set(factKey(key, i), mine);
    });
    for (const c of changesAt(changes, kindPath)) {
      if (claimed.has(c)) continue;
      claimed.add(c);
      if (c.op === 'removed' && c.path.startsWith(`${kindPath}[`)) placed.removed.push({ kind: key, change: c });
      else placed.own.push(c);
    }
  }
  placed.own.push(...changes.filter((c) => !claimed.has(c)));
  return placed;
}

/** Places the changes of one record (or of incidents.jsonl) on the incidents of the page. */
export function placeChanges(incidents: readonly (Incident | ReconciledIncident)[], changes: readonly Change[]): Placement {
  const keys = listKeys(incidents);
  const claimed = new Set<Change>();
  const placed = incidents.map((inc, i) => {
    const mine = changesAt(changes, `incidents[${keys[i]}]`);
    mine.forEach((c) => claimed.add(c));
    return placeIncident(`incidents[${keys[i]}]`, inc, mine);
  });
  const rest = changes.filter((c) => !claimed.has(c));
  // An incident that is not on the page was removed as a whole: the diff has one line for it.
  const removedIncidents = rest.filter((c) => c.op === 'removed' && c.path.startsWith('incidents['));
  return { incidents: placed, removedIncidents, other: rest.filter((c) => !removedIncidents.includes(c)) };
}

/** "3 differences: 1 added, 1 removed, 1 changed". */
export function countChanges(changes: readonly Change[]): { added: number; removed: number; changed: number; total: number } {
  const n = { added: 0, removed: 0, changed: 0, total: changes.length };
  for (const c of changes) n[c.op]++;
  return n;
}

/**
 * Which vehicle mentions of one incident name the same vehicle. The extract stage gives one
 * entity per spelling ("Flight 902", "Nordlys Flight 902", "Boeing 777", "the train"); here
 * they become one vehicle with aliases, in this order:
 * 1. a name inside a longer one of the same kind ("USS Vinson" in "USS Carl Vinson",
 *    "Flight 902" in "Nordlys Air Flight 902", "USS Halsey" in a headline's
 *    "USS Halsey Collides");
 * 2. a description inside a longer one ("commuter train" in "Southern commuter train");
 * 3. an aircraft model ("Boeing 777") and the one flight or aircraft of the incident;
 * 4. a description ("the plane", "the derailed train") and the one named vehicle of its kind
 *    that carries its class ("a freight train" is not the passenger train);
 * 5. a bare description and the one other vehicle of its kind ("the New York train").
 * A rail car ("the lead car", "seven cars") is part of the incident's train, not a vehicle.
 * Word lists: src/lexicons/vehicles.ts.
 */
import { emptyVehicleModifiers, railCarModifiers, trainPartNouns, vehicleClasses } from '../lexicons/vehicles.ts';
import type { VehicleMention } from '../extract/types.ts';

export interface Entity {
  key: string;
  named?: VehicleMention;
  mentions: VehicleMention[];
  stated: boolean;
}

const EMPTY = new RegExp(String.raw`^(?:(?:${emptyVehicleModifiers.join('|')}|[a-z][a-z-]*(?:ed|ing))\s+)+(?=\S)`);
const DET = /^(?:the|a|an|its|their|this|that|his|her|one|both|two)\s+/i;

/** "the derailed train" → "train"; "the crash-landing jet" → "jet"; "the New York train" keeps "New York". */
export function descriptiveName(m: Pick<VehicleMention, 'name'>): string {
  const bare = m.name.replace(DET, '');
  const stripped = bare.replace(EMPTY, '');
  return stripped.trim() ? stripped : bare;
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w && w !== 'the');

/** `a`'s words appear in `b` in the same order. */
export function isSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j++;
  return j === a.length;
}

/** Two names of one vehicle: the shorter's words inside the longer's, in order (not a bare family word). */
export function nameInside(a: VehicleMention, b: VehicleMention): boolean {
  if (a.vehicleKind !== b.vehicleKind) return false;
  const [x, y] = [words(a.name), words(b.name)];
  const [short, long, shortM] = x.length <= y.length ? [x, y, a] : [y, x, b];
  if (short.length === 0 || shortM.ruleId === 'vehicle.family-word') return false;
  if (short.length === 1 && !/\d/.test(short[0]) && short[0].length < 4) return false;
  return isSubsequence(short, long);
}

/** Class families a name carries (indexes into vehicleClasses). */
export function classesOf(name: string): Set<number> {
  const w = words(name);
  return new Set(vehicleClasses.flatMap((family, i) => (family.some((c) => w.includes(c)) ? [i] : [])));
}

const compatibleClasses = (a: Set<number>, b: Set<number>) => a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x));
const isModel = (e: Entity) => e.named?.ruleId === 'vehicle.designation' && e.named.vehicleKind === 'aircraft';
const kindOf = (e: Entity) => (e.named ?? e.mentions[0]).vehicleKind;
const nameOf = (e: Entity) => (e.named ? e.named.name : descriptiveName(e.mentions[0]));

/** A rail car of the incident's train ("the lead car", "seven cars"). */
export function isRailCar(e: Entity, hasTrain: boolean): boolean {
  if (!hasTrain || e.named) return false;
  const w = words(descriptiveName(e.mentions[0]));
  return /^cars?$/.test(w[w.length - 1] ?? '') && w.slice(0, -1).some((x) => railCarModifiers.includes(x) || /^\d+$/.test(x));
}

/** Union-find over entities that keeps each group's kind, class families and whether it has a specific name. */
class Groups {
  private parent: number[];
  private classes: Set<number>[];
  constructor(private es: Entity[]) {
    this.parent = es.map((_, i) => i);
    this.classes = es.map((e) => classesOf(nameOf(e)));
  }
  find = (i: number): number => (this.parent[i] === i ? i : (this.parent[i] = this.find(this.parent[i])));
  classesOf = (i: number) => this.classes[this.find(i)];
  roots = () => [...new Set(this.es.map((_, i) => this.find(i)))];
  members = (r: number) => this.es.filter((_, i) => this.find(i) === r);
  specific = (r: number) => this.members(r).some((e) => e.named && !isModel(e));
  /** Joins two groups unless their classes clash ("freight" vs "passenger"). */
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y || !compatibleClasses(this.classes[x], this.classes[y])) return;
    this.parent[y] = x;
    this.classes[x] = new Set([...this.classes[x], ...this.classes[y]]);
  }
}

/** The one other group of the entity's kind that `ok` accepts, or -1. */
function onlyGroup(g: Groups, es: Entity[], i: number, ok: (root: number) => boolean): number {
  const roots = g.roots().filter((r) => r !== g.find(i) && kindOf(es[r]) === kindOf(es[i]) && ok(r));
  return roots.length === 1 ? roots[0] : -1;
}

/** Unites entities that name one vehicle; returns the groups, first-mentioned first. */
export function groupSameVehicle(es: Entity[]): Entity[][] {
  const g = new Groups(es);
  const pairs = (f: (a: Entity, b: Entity, i: number, j: number) => void) => es.forEach((a, i) => es.forEach((b, j) => j > i && f(a, b, i, j)));
  pairs((a, b, i, j) => a.named && b.named && !isModel(a) && !isModel(b) && nameInside(a.named, b.named) && g.union(i, j));
  pairs((a, b, i, j) => {
    if (a.named || b.named || kindOf(a) !== kindOf(b)) return;
    const [x, y] = [words(nameOf(a)), words(nameOf(b))];
    if (x.every((w) => y.includes(w)) || y.every((w) => x.includes(w))) g.union(i, j);
  });
  es.forEach((e, i) => {
    if (!isModel(e)) return;
    const host = onlyGroup(g, es, i, (r) => g.specific(r));
    if (host >= 0) g.union(host, i);
  });
  const generic = (i: number) => !g.members(g.find(i)).some((e) => e.named);
  es.forEach((e, i) => {
    if (!generic(i)) return;
    const need = g.classesOf(i);
    const host = onlyGroup(g, es, i, (r) => g.specific(r) && [...need].every((c) => g.classesOf(r).has(c)));
    if (host >= 0) g.union(host, i);
  });
  es.forEach((e, i) => {
    if (!generic(i) || g.classesOf(i).size > 0) return;
    const host = onlyGroup(g, es, i, () => true);
    if (host >= 0) g.union(host, i);
  });
  const hasTrain = es.some((e) => kindOf(e) === 'train');
  return g
    .roots()
    .sort((a, b) => a - b)
    .map((r) => g.members(r))
    .filter((m) => !(m.length === 1 && isRailCar(m[0], hasTrain)));
}

/**
 * The entity whose name a group takes: a specific named vehicle, then a model; among
 * descriptions, one with a proper word ("Amtrak passenger train") over a part ("locomotive");
 * then the most mentioned, then the longest name.
 */
export function canonical(group: Entity[]): Entity {
  const score = (e: Entity) => [
    e.named ? (isModel(e) ? 1 : 2) : 0,
    /\p{Lu}/u.test(nameOf(e)) ? 1 : 0,
    trainPartNouns.includes(words(nameOf(e)).slice(-1)[0] ?? '') ? 0 : 1,
    e.mentions.length,
    nameOf(e).length,
  ];
  return [...group].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    return x.reduce((d, _, k) => d || y[k] - x[k], 0);
  })[0];
}

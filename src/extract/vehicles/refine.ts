/**
 * Vehicle refiners, run in order after every vehicle rule:
 * 1. dropOverlaps — one mention per stretch of text: named beats generic, longer beats shorter.
 * 2. resolveGenerics — "the cargo ship" → the named vehicle it refers to, or left unresolved.
 */
import type { ExtractDoc } from '../doc.ts';
import type { Refiner, VehicleMention } from '../types.ts';
import { genericKinds } from './generic.ts';

const rulePriority = ['vehicle.designation', 'vehicle.flight', 'vehicle.ship-prefix', 'vehicle.train-number', 'vehicle.road-maker', 'vehicle.car-model', 'vehicle.aircraft-maker', 'vehicle.bare-model', 'vehicle.model-repeat', 'vehicle.noun-name', 'vehicle.operator-train', 'vehicle.family-word', 'vehicle.generic'];

function better(a: VehicleMention, b: VehicleMention): boolean {
  if (a.generic !== b.generic) return !a.generic;
  if (a.generic && a.ruleId !== b.ruleId) return rulePriority.indexOf(a.ruleId) < rulePriority.indexOf(b.ruleId);
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return rulePriority.indexOf(a.ruleId) < rulePriority.indexOf(b.ruleId);
}

export const dropOverlaps: Refiner<VehicleMention> = {
  id: 'vehicle.drop-overlaps',
  description: 'Keeps one mention per stretch of text: named over generic, then the longer, then by rule priority.',
  refine(mentions) {
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: VehicleMention[] = [];
    for (const m of sorted) {
      const clash = kept.findIndex((k) => m.start < k.end && k.start < m.end);
      if (clash < 0) kept.push(m);
      else if (better(m, kept[clash])) kept[clash] = m;
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** Kinds a generic mention may refer to. */
function kindsFor(m: VehicleMention) {
  const noun = m.name.split(' ').slice(-2).join(' ');
  const two = genericKinds(noun);
  if (two.length) return two;
  const one = genericKinds(m.name.split(' ').slice(-1)[0]);
  return one.length ? one : [m.vehicleKind];
}

function compatible(g: VehicleMention, n: VehicleMention): boolean {
  if (n.generic) return false;
  // a maker's reference ("Airbus jets", family "Airbus") fits that maker's families ("Airbus A3xx")
  if (g.family && n.family !== g.family && !n.family?.startsWith(`${g.family} `)) return false;
  if (g.ruleId === 'vehicle.operator-train' && g.operator && n.operator && g.operator !== n.operator) return false;
  return kindsFor(g).includes(n.vehicleKind);
}

/**
 * Search order: earlier in the same block; the next sentence (cataphora: "the ferry
 * berthed. The Isle of Tarsay carried 300 passengers…"); earlier blocks (up to 3 back); the next 4 sentences.
 */
export function findReferent(g: VehicleMention, all: VehicleMention[], doc: ExtractDoc): number | undefined {
  const block = doc.sentences[g.sentence].block;
  const cands = all.map((n, i) => ({ n, i })).filter(({ n }) => compatible(g, n));
  const before = cands.filter(({ n }) => n.end <= g.start).reverse();
  const after = cands.filter(({ n }) => n.start >= g.end);
  const blockOf = (n: VehicleMention) => doc.sentences[n.sentence].block;
  const steps: ((c: { n: VehicleMention }) => boolean)[] = [
    ({ n }) => blockOf(n) === block,
    ({ n }) => blockOf(n) === block && n.sentence === g.sentence + 1,
    ({ n }) => block - blockOf(n) <= 3,
    ({ n }) => n.sentence - g.sentence <= 4,
  ];
  const pools = [before, after, before, after];
  for (let s = 0; s < steps.length; s++) {
    const hit = pools[s].find(steps[s]);
    if (hit) return hit.i;
  }
  return undefined;
}

export const resolveGenerics: Refiner<VehicleMention> = {
  id: 'vehicle.resolve-generics',
  description: 'Points each generic mention at the named vehicle it refers to, when one is clear.',
  refine(mentions, doc) {
    return mentions.map((m) => {
      if (!m.generic) return m;
      const r = findReferent(m, mentions, doc);
      return r === undefined ? m : { ...m, refersTo: r };
    });
  },
};

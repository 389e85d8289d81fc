/**
 * Which vehicles took part in an incident, with every way the article names them.
 * A vehicle takes part when one of its mentions (named or a resolved generic) sits in a
 * sentence that states the incident: a trigger, a cause or a consequence. A vehicle merely
 * mentioned ("The Progress MS-22 delivered three tons of food") is left out. An unresolved
 * generic in a typed-trigger sentence ("a backhoe", "a Mercedes SUV") is a vehicle of its own.
 * A named vehicle takes part in one incident of the article: the first whose statement names
 * it ("Like the USS Fitzgerald, which collided in June, the McCain…" binds the Fitzgerald to
 * the June incident, and the later "damage to the Fitzgerald and the McCain" does not pull it
 * into the main one).
 */
import type { Vehicle } from '../schema/index.ts';
import type { VehicleMention } from '../extract/types.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';
import { toSpan, uniqueSpans } from './spans.ts';

/** Adjectives that say nothing about which vehicle it is ("the entire cargo ship"). */
const EMPTY_MODIFIERS = /^(?:entire|whole|same|other|damaged|stricken|crippled|ill-fated|doomed|first|second|new|old|small|large|huge|giant)\s+/i;

export function descriptiveName(m: VehicleMention): string {
  return m.name.replace(/^(?:the|a|an|its|their|this|that|his|her|one|both|two)\s+/i, '').replace(EMPTY_MODIFIERS, '');
}

interface Entity {
  key: string;
  named?: VehicleMention;
  mentions: VehicleMention[];
  stated: boolean;
}

/** Key of the named vehicle a mention stands for (itself, or what a generic refers to). */
export function namedKey(all: VehicleMention[], m: VehicleMention): string | undefined {
  if (!m.generic) return vehicleKey(m.name);
  return m.refersTo !== undefined ? vehicleKey(all[m.refersTo].name) : undefined;
}

/** For each named vehicle, the index of the first incident whose stating sentence names it. */
export function firstStatingThread(all: VehicleMention[], statesOf: ((sentence: number) => boolean)[]): Map<string, number> {
  const first = new Map<string, { sentence: number; thread: number }>();
  for (const m of all) {
    const key = namedKey(all, m);
    const thread = statesOf.findIndex((states) => states(m.sentence));
    if (key === undefined || thread < 0) continue;
    const seen = first.get(key);
    if (!seen || m.sentence < seen.sentence) first.set(key, { sentence: m.sentence, thread });
  }
  return new Map([...first].map(([k, v]) => [k, v.thread]));
}

export function incidentVehicles(
  all: VehicleMention[],
  inThread: (sentence: number) => boolean,
  states: (sentence: number) => boolean,
  typedTrigger: (sentence: number) => boolean,
  mine: (key: string) => boolean = () => true,
): Vehicle[] {
  const entities = new Map<string, Entity>();
  const add = (key: string, m: VehicleMention, named?: VehicleMention) => {
    const e = entities.get(key) ?? { key, mentions: [], stated: false };
    if (named && !e.named) e.named = named;
    e.mentions.push(m);
    if (states(m.sentence)) e.stated = true;
    entities.set(key, e);
  };
  all.forEach((m) => {
    if (!inThread(m.sentence)) return;
    const key = namedKey(all, m);
    if (key !== undefined) {
      if (mine(key)) add(key, m, m.generic ? all[m.refersTo!] : m);
    } else if (typedTrigger(m.sentence)) add(vehicleKey(descriptiveName(m)), m);
  });
  return [...entities.values()].filter((e) => e.stated).map(toVehicle);
}

function toVehicle(e: Entity): Vehicle {
  const head = e.named ?? e.mentions[0];
  const name = e.named ? e.named.name : descriptiveName(head);
  const aliases = [...new Set(e.mentions.map((m) => (m.generic ? descriptiveName(m) : m.name)).filter((a) => a !== name))].sort();
  const operator = e.mentions.find((m) => m.operator)?.operator ?? head.operator;
  const v: Vehicle = {
    name,
    kind: head.vehicleKind,
    aliases,
    evidence: uniqueSpans(e.mentions.map(toSpan)),
    ruleId: head.ruleId,
  };
  if (operator) v.operator = operator;
  return v;
}

/**
 * Which vehicles took part in an incident, with every way the article names them.
 * A vehicle takes part when one of its mentions (named or a resolved generic) sits in a
 * sentence that states the incident: a trigger, a cause or a consequence. A vehicle merely
 * mentioned ("The Dragon capsule brought two tons of supplies") is left out. An unresolved
 * generic in a typed-trigger sentence ("a backhoe", "a Mercedes SUV") is a vehicle of its own.
 * A named vehicle takes part in one incident of the article: the first whose statement names
 * it ("Like the MV Aldora, which grounded in June, the Brevik…" binds the Aldora to the June
 * incident, and the later "damage to the Aldora and the Brevik" does not pull it into the
 * main one).
 */
import { responderCues } from '../lexicons/vehicles.ts';
import type { Vehicle } from '../schema/index.ts';
import type { ExtractDoc } from '../extract/doc.ts';
import type { VehicleMention } from '../extract/types.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';
import { toSpan, uniqueSpans } from './spans.ts';
import { canonical, descriptiveName, groupSameVehicle, type Entity } from './vehicle-identity.ts';

export { descriptiveName } from './vehicle-identity.ts';

const RESPONDER = new RegExp(String.raw`\b(?:${responderCues.join('|')})\s+(?:(?:the|a|an|two|three|several)\s+)?(?:[\w-]+\s+){0,3}$`, 'i');

/** "with the assistance from the destroyer USS Dewey": a responder, not a party. */
export function isResponder(doc: ExtractDoc, m: VehicleMention): boolean {
  const s = doc.sentences[m.sentence];
  return RESPONDER.test(doc.text.slice(Math.max(s.start, m.start - 80), m.start));
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
  doc: ExtractDoc,
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
    if (states(m.sentence) && !isResponder(doc, m)) e.stated = true;
    entities.set(key, e);
  };
  all.forEach((m) => {
    if (!inThread(m.sentence)) return;
    const key = namedKey(all, m);
    if (key !== undefined) {
      if (mine(key)) add(key, m, m.generic ? all[m.refersTo!] : m);
    } else if (typedTrigger(m.sentence)) add(vehicleKey(descriptiveName(m)), m);
  });
  return groupSameVehicle([...entities.values()])
    .filter((g) => g.some((e) => e.stated))
    .map(toVehicle);
}

function toVehicle(group: Entity[]): Vehicle {
  const e = canonical(group);
  const mentions = group.flatMap((x) => x.mentions);
  const head = e.named ?? e.mentions[0];
  const name = e.named ? e.named.name : descriptiveName(head);
  const aliases = [...new Set(mentions.map((m) => (m.generic ? descriptiveName(m) : m.name)).filter((a) => a !== name))].sort();
  const operator = mentions.find((m) => m.operator)?.operator ?? head.operator;
  const v: Vehicle = {
    name,
    kind: head.vehicleKind,
    aliases,
    evidence: uniqueSpans(mentions.map(toSpan)),
    ruleId: head.ruleId,
  };
  if (operator) v.operator = operator;
  return v;
}

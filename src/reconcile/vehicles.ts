/**
 * What a vehicle name says about identity. A ship's name, a serial ("Progress MS-37"), a flight
 * number or a registration names one vehicle; a model ("Airbus A320neo") or a type noun ("the
 * bus") names thousands. Two serials of one family ("MS-37", "MS-38") are two vehicles.
 */
import { distance } from 'fastest-levenshtein';
import { aircraftFamilies, roadMakers, spacecraftFamilies, typeNouns } from '../lexicons/vehicles.ts';
import type { VehicleKind } from '../schema/index.ts';
import { flightNumberPattern, registrationPattern, serialPattern, vehicleNameNoise } from '../lexicons/reconcile.ts';
import { vehicleKey } from '../extract/vehicles/make.ts';

export type VehicleStrength = 'named' | 'model' | 'generic';

export interface VehicleId {
  /** Comparison key, prefixed by its kind of identity: `flight:rb1452`, `serial:progress|ms37`, `name:isleofcarra`. */
  key: string;
  strength: VehicleStrength;
  /** As written, for explanations. */
  label: string;
  /** Serial designations only: the family and the number within it. */
  family?: string;
  serial?: string;
  /** The kind the record gives the vehicle. */
  kind?: VehicleKind;
  /** How many evidence spans name it in the incident: the incident's own vehicle is named most. */
  mentions?: number;
}

const FLIGHT = new RegExp(flightNumberPattern, 'i');
const REGISTRATION = new RegExp(registrationPattern);
const SERIAL = new RegExp(serialPattern);
const MODEL = new RegExp(String.raw`^(?:${aircraftFamilies.map((f) => `(?:${f.pattern})`).join('|')})$`, 'i');
/** A family word alone ("the Progress", "Soyuz") names a family, not one vehicle. */
const FAMILY_WORD = new RegExp(String.raw`^(?:${spacecraftFamilies.flatMap((f) => (f.familyWord ? [f.familyWord] : [])).join('|')})$`, 'i');
const MAKER = new RegExp(String.raw`^(?:${roadMakers.join('|')})\b`, 'i');
const TYPE_NOUN_END = new RegExp(String.raw`\b(?:${typeNouns.map((t) => t.noun).sort((a, b) => b.length - a.length).join('|')})s?$`, 'i');
const TYPE_NOUN_TAIL = new RegExp(String.raw`\s+(?:${typeNouns.map((t) => t.noun).sort((a, b) => b.length - a.length).join('|')})$`, 'i');
const NOISE = new RegExp(String.raw`^(?:(?:${vehicleNameNoise.join('|')})\s+)+`, 'i');

/** The identity a single name gives, or null when it is empty after cleaning. */
export function vehicleIdOf(name: string): VehicleId | null {
  const label = name.trim();
  const flight = label.match(FLIGHT);
  if (flight) return serialId(label, 'flight', flight[1]);
  const reg = label.match(REGISTRATION);
  if (reg && /\d|-/.test(reg[0])) return { key: `reg:${vehicleKey(reg[0])}`, strength: 'named', label };
  if (!/[\p{Lu}\d]/u.test(label) || (TYPE_NOUN_END.test(label) && !/\d/.test(label))) return keyed('generic', label);
  if (MODEL.test(label) || MAKER.test(label) || FAMILY_WORD.test(label)) return keyed('model', label);
  const bare = label.replace(TYPE_NOUN_TAIL, '').replace(/\b([A-Za-z]{1,3})\s+(\d)/g, '$1-$2'); // "MS 37" → "MS-37"
  const serial = /\d/.test(bare) ? (bare.toLowerCase().match(SERIAL) ?? bare.replace(NOISE, '').toLowerCase().match(SERIAL)) : null;
  if (serial?.groups) return serialId(label, serial.groups.family, serial.groups.serial);
  const cleaned = bare.replace(NOISE, '');
  return keyed('named', cleaned);
}

function keyed(strength: VehicleStrength, label: string): VehicleId | null {
  const k = vehicleKey(label.replace(NOISE, ''));
  return k.length > 1 ? { key: `${strength === 'named' ? 'name' : strength}:${k}`, strength, label } : null;
}

/** Flight letters ("RB" of RB1452) are the family; a bare number has the airline-less family "flight". */
function serialId(label: string, family: string, serial: string): VehicleId {
  const s = vehicleKey(serial);
  const letters = s.match(/^[a-z]+/)?.[0] ?? '';
  const fam = family === 'flight' ? `flight${letters ? `-${letters}` : ''}` : vehicleKey(family);
  return { key: `serial:${fam}|${s}`, strength: 'named', label, family: fam, serial: s };
}

/** Every identity an incident's vehicles give, through their names and aliases; deduplicated, sorted. */
export function vehicleIds(vehicles: { name: string; kind?: VehicleKind; aliases: string[]; evidence?: unknown[] }[]): VehicleId[] {
  const out = new Map<string, VehicleId>();
  for (const v of vehicles) {
    for (const n of [v.name, ...v.aliases]) {
      const id = vehicleIdOf(n);
      if (!id || (n !== v.name && id.strength !== 'named')) continue;
      if (!out.has(id.key)) out.set(id.key, { ...id, ...(v.kind ? { kind: v.kind } : {}), ...(v.evidence ? { mentions: v.evidence.length } : {}) });
    }
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Names equal, or one typo apart when long enough ("Nordic Meridien" ≈ "Nordic Meridian"). */
export function sameVehicle(a: VehicleId, b: VehicleId): boolean {
  if (a.key === b.key) return true;
  if (a.strength !== 'named' || b.strength !== 'named' || !a.key.startsWith('name:') || !b.key.startsWith('name:')) return false;
  const x = a.key.slice(5);
  const y = b.key.slice(5);
  return Math.min(x.length, y.length) >= 8 && x.slice(0, 3) === y.slice(0, 3) && distance(x, y) <= 1 + Math.floor(Math.min(x.length, y.length) / 12);
}

/** The member of a family an incident names most (its own vehicle), ties by key. */
function primary(vs: VehicleId[]): VehicleId | undefined {
  return [...vs].sort((x, y) => (y.mentions ?? 0) - (x.mentions ?? 0) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))[0];
}

export interface VehicleRelation {
  shared: [VehicleId, VehicleId][];
  /** Families whose most-named member differs between the sides (MS-37 vs MS-38). */
  familyConflicts: [VehicleId, VehicleId][];
  /** Both name individual vehicles and share none. */
  otherNamed: boolean;
  /** Each names exactly one individual vehicle, of the same kind, and they differ (two ferries, two trains). */
  otherSole: [VehicleId, VehicleId] | null;
}

/** One name among the vehicles (however often it is repeated). */
const sole = (vs: VehicleId[]) => new Set(vs.map((v) => v.label)).size === 1;

export function vehicleRelation(a: VehicleId[], b: VehicleId[]): VehicleRelation {
  // most incidents name no vehicle: nothing to relate (the common case when scoring pairs)
  if (a.length === 0 || b.length === 0) return { shared: [], familyConflicts: [], otherNamed: false, otherSole: null };
  const shared: [VehicleId, VehicleId][] = [];
  for (const x of a) for (const y of b) if (sameVehicle(x, y)) shared.push([x, y]);
  const familyConflicts: [VehicleId, VehicleId][] = [];
  const families = new Set(a.filter((v) => v.family).map((v) => v.family));
  for (const f of families) {
    const [x, y] = [primary(a.filter((v) => v.family === f)), primary(b.filter((v) => v.family === f))];
    if (x && y && x.key !== y.key) familyConflicts.push([x, y]);
  }
  const namedA = a.filter((v) => v.strength === 'named');
  const namedB = b.filter((v) => v.strength === 'named');
  const otherNamed = namedA.length > 0 && namedB.length > 0 && !shared.some(([x]) => x.strength === 'named');
  const otherSole = otherNamed && sole(namedA) && sole(namedB) && namedA[0].kind === namedB[0].kind ? ([namedA[0], namedB[0]] as [VehicleId, VehicleId]) : null;
  return { shared, familyConflicts, otherNamed, otherSole };
}

/**
 * Organisation mentions that are not actors of the incident, though they sit in its sentences:
 * a word of a vehicle's name that compromise guessed to be a company ("the ACME Star" → "ACME"),
 * and the source of a picture in a credit ("(via Facebook)", "(Staff / City Maps)").
 */
import type { NamedMention, VehicleMention } from '../extract/types.ts';

/** Rules that guess an organisation from capitalised words alone. */
const GUESSED = new Set(['org.compromise']);

/** A guessed organisation inside a named vehicle's span is part of the vehicle's name. */
export function inVehicleName(o: NamedMention, vehicles: Pick<VehicleMention, 'start' | 'end' | 'generic'>[]): boolean {
  return GUESSED.has(o.ruleId) && vehicles.some((v) => !v.generic && v.start <= o.start && o.end <= v.end && v.end - v.start > o.end - o.start);
}

/** Parentheses around a credit: "(via X)" or sources split by a slash "(X / Y)". */
const CREDIT = /^\((?:via\s+[^()]{1,40}|[^()]{1,40}\s\/\s[^()]{1,40})\)$/i;

/** The mention sits in a parenthesised picture credit. */
export function inCredit(text: string, o: Pick<NamedMention, 'start' | 'end'>): boolean {
  const open = text.lastIndexOf('(', o.start);
  const close = text.indexOf(')', o.end);
  if (open < 0 || close < 0 || o.start - open > 45 || close - o.end > 45) return false;
  return CREDIT.test(text.slice(open, close + 1)) && !text.slice(open + 1, o.start).includes(')');
}

/** The organisation mentions an incident's organisations leave out. */
export function asideOrgs(text: string, orgs: NamedMention[], vehicles: Pick<VehicleMention, 'start' | 'end' | 'generic'>[]): Set<NamedMention> {
  return new Set(orgs.filter((o) => inVehicleName(o, vehicles) || inCredit(text, o)));
}

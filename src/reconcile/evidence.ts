/**
 * Evidence that two per-article incidents are, or are not, the same real-world incident. One
 * rule = one small function returning points (positive: same; negative: different), a sentence
 * a person can check, and `hard` when the pair can never be one incident whatever else agrees.
 * The run order is the order of `evidenceRules`; the weights live in src/lexicons/reconcile.ts.
 */
import { multiVehicleTypes, thresholds, weights as W } from '../lexicons/reconcile.ts';
import { dateRelation, daysBetween } from './dates.ts';
import { similarity } from './minhash.ts';
import type { PersonKey, Profile } from './profile.ts';
import type { Rarity } from './stats.ts';
import { typeRelation } from './types.ts';
import { vehicleRelation } from './vehicles.ts';

export interface Evidence {
  rule: string;
  points: number;
  says: string;
  hard?: boolean;
}

export type EvidenceRule = (a: Profile, b: Profile, r: Rarity) => Evidence | null;

const round2 = (x: number) => Math.round(x * 100) / 100;
const a_ = (w: string) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;
const list = (xs: string[], max = 4) => (xs.length > max ? `${xs.slice(0, max).join(', ')}…` : xs.join(', '));

/** Two incidents one article tells apart stay apart. */
export const sameArticle: EvidenceRule = (a, b) =>
  a.article === b.article ? { rule: 'same-article', points: -100, hard: true, says: `both come from ${a.article}, which tells them apart` } : null;

export const vehicles: EvidenceRule = (a, b) => {
  const rel = vehicleRelation(a.vehicles, b.vehicles);
  if (rel.familyConflicts.length) {
    const [x, y] = rel.familyConflicts[0];
    return { rule: 'vehicle-family', points: -100, hard: true, says: `${x.label} and ${y.label} are different vehicles of one family` };
  }
  const named = rel.shared.filter(([x, y]) => x.strength === 'named' && y.strength === 'named');
  if (named.length) {
    const [x, y] = named[0];
    return { rule: 'same-vehicle', points: W.sameVehicle, says: x.label === y.label ? `both name the vehicle ${x.label}` : `both name the vehicle ${x.label} (also written ${y.label})` };
  }
  if (rel.otherSole && !multiVehicleTypes.includes(a.type) && !multiVehicleTypes.includes(b.type)) {
    const [x, y] = rel.otherSole;
    return { rule: 'other-sole-vehicle', points: -100, hard: true, says: `each names one ${x.kind ?? 'vehicle'} and they differ (${x.label}; ${y.label})` };
  }
  if (rel.otherNamed) {
    const x = a.vehicles.find((v) => v.strength === 'named')!;
    const y = b.vehicles.find((v) => v.strength === 'named')!;
    return { rule: 'other-vehicle', points: W.otherNamedVehicle, says: `they name different vehicles (${x.label}; ${y.label})` };
  }
  if (rel.shared.length) return { rule: 'same-model', points: W.sameModel, says: `both name ${a_(rel.shared[0][0].label)}, a model or kind shared by many vehicles` };
  return null;
};

export const occurrenceDates: EvidenceRule = (a, b) => {
  const rel = dateRelation(a.dates, b.dates);
  if (rel.kind === 'agree') {
    if (rel.gran === 'year') return null;
    const points = rel.gran === 'day' ? W.dayAgrees : W.monthAgrees;
    return { rule: 'dates-agree', points, says: `occurrence dates agree to the ${rel.gran} (${rel.a.value}; ${rel.b.value})` };
  }
  // a bare year is too often another event's ("since 1991") to say two incidents differ
  if (rel.kind === 'apart' && rel.a.gran !== 'year' && rel.b.gran !== 'year') {
    const far = rel.days > thresholds.farApartDays;
    return { rule: 'dates-apart', points: far ? W.farApart : W.daysApart, says: `occurrence dates ${rel.a.value} and ${rel.b.value} are ${rel.days} days apart and cannot both hold` };
  }
  return null;
};

/** An article cannot report an incident that happened days after it was published. */
export const reportedBeforeItHappened: EvidenceRule = (a, b) => {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!y.published) continue;
    const days = x.dates.filter((d) => d.gran === 'day');
    if (days.length && days.every((d) => daysBetween(y.published!, d.value) > 1)) {
      return { rule: 'reported-before', points: W.farApart, says: `${y.article} was published on ${y.published}, before ${x.article}'s incident happened (${days[0].value})` };
    }
  }
  return null;
};

/** Without occurrence dates on both sides, publication dates say when the news was fresh. */
export const publicationGap: EvidenceRule = (a, b) => {
  if ((a.dates.length && b.dates.length) || !a.published || !b.published) return null;
  const gap = Math.abs(daysBetween(a.published, b.published));
  if (gap <= thresholds.nearPublishedDays) return { rule: 'published-near', points: W.publishedNear, says: `published ${gap} day(s) apart` };
  if (gap > thresholds.farPublishedDays) return { rule: 'published-far', points: W.publishedFar, says: `published ${gap} days apart` };
  return null;
};

export const types: EvidenceRule = (a, b) => {
  const rel = typeRelation(a.type, b.type);
  if (rel === 'same') return { rule: 'same-type', points: W.sameType, says: `both are ${a_(a.type)}` };
  if (rel === 'family') return { rule: 'type-family', points: W.typeFamily, says: `${a_(a.type)} and ${a_(b.type)} may be one incident` };
  if (rel === 'other') return { rule: 'other-type', points: W.otherType, says: `${a_(a.type)} and ${a_(b.type)} are different kinds of incident` };
  return null;
};

export const places: EvidenceRule = (a, b, r) => {
  const shared = a.places.filter((p) => b.places.includes(p) && !r.common(`p:${p}`));
  if (shared.length) {
    const points = Math.min(W.placeCap, shared.reduce((s, p) => s + W.place * r.rarity(`p:${p}`), 0));
    return points > 0 ? { rule: 'same-place', points: round2(points), says: `both name ${list(shared)}` } : null;
  }
  const specific = (ps: string[]) => ps.filter((p) => !r.common(`p:${p}`));
  const [pa, pb] = [specific(a.places), specific(b.places)];
  if (!pa.length || !pb.length) return null;
  const wordsOf = (ps: string[]) => new Set(ps.flatMap((p) => p.split(' ')));
  const wb = wordsOf(pb);
  if ([...wordsOf(pa)].some((w) => wb.has(w))) return null;
  return { rule: 'other-places', points: W.otherPlaces, says: `they name different places (${list(pa, 2)}; ${list(pb, 2)})` };
};

/** Surnames equal after transliteration folding; first initials agree when both are written. */
export function samePerson(x: PersonKey, y: PersonKey): boolean {
  return x.surname === y.surname && (!x.initial || !y.initial || x.initial === y.initial);
}

export const people: EvidenceRule = (a, b, r) => {
  const shared = a.people.filter((x) => !r.common(`n:${x.surname}`) && b.people.some((y) => samePerson(x, y)));
  if (!shared.length) return null;
  const points = Math.min(W.personCap, shared.reduce((s, x) => s + W.person * r.rarity(`n:${x.surname}`), 0));
  if (points <= 0) return null;
  const names = shared.map((x) => {
    const y = b.people.find((p) => samePerson(x, p))!;
    return x.name === y.name ? x.name : `${x.name} / ${y.name}`;
  });
  return { rule: 'same-person', points: round2(points), says: `both name ${list(names)}` };
};

export const casualties: EvidenceRule = (a, b) => {
  const bm = new Map(b.casualties);
  const both = a.casualties.filter(([k]) => bm.has(k));
  if (!both.length) return null;
  const same = both.filter(([k, n]) => bm.get(k) === n);
  if (same.length === both.length) return { rule: 'same-count', points: W.sameCount, says: `same count (${same.map(([k, n]) => `${n} ${k}`).join(', ')})` };
  const diff = both.filter(([k, n]) => bm.get(k) !== n);
  return { rule: 'other-count', points: W.otherCount, says: `counts differ (${diff.map(([k, n]) => `${n} vs ${bm.get(k)} ${k}`).join(', ')})` };
};

/** Cosine of the two word sets, each word weighted by its inverse document frequency. */
export function wordSimilarity(a: string[], b: string[], r: Rarity): { cos: number; top: string[] } {
  const wa = new Map(a.map((w) => [w, r.idf(`w:${w}`)]));
  let dot = 0;
  const shared: [string, number][] = [];
  for (const w of b) {
    const x = wa.get(w);
    if (x) {
      dot += x * x;
      shared.push([w, x]);
    }
  }
  const norm = (ws: string[]) => Math.sqrt(ws.reduce((s, w) => s + r.idf(`w:${w}`) ** 2, 0));
  const na = norm(a);
  const nb = norm(b);
  const cos = na && nb ? dot / (na * nb) : 0;
  return { cos, top: shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 5).map(([w]) => w) };
}

export const words: EvidenceRule = (a, b, r) => {
  if (a.words.length < thresholds.minWords || b.words.length < thresholds.minWords) return null;
  const { cos, top } = wordSimilarity(a.words, b.words, r);
  const points = round2(Math.max(W.wordsMin, Math.min(W.wordsMax, W.wordsScale * (cos - W.wordsPivot))));
  if (points === 0) return null;
  const what = top.length ? `distinctive words in common (${list(top, 5)}; similarity ${round2(cos)})` : 'no distinctive word in common';
  return { rule: 'words', points, says: points > 0 ? what : `${what}: too few for one incident` };
};

export const syndicated: EvidenceRule = (a, b) => {
  const s = similarity(a.sketch, b.sketch);
  return s >= thresholds.nearDuplicate ? { rule: 'syndicated', points: W.syndicated, says: `near-identical wording (shingle similarity ${round2(s)}): copies of one story` } : null;
};

export const evidenceRules: EvidenceRule[] = [sameArticle, vehicles, occurrenceDates, reportedBeforeItHappened, publicationGap, types, places, people, casualties, words, syndicated];

export interface PairScore {
  points: number;
  hard: boolean;
  evidence: Evidence[];
}

export function scorePair(a: Profile, b: Profile, r: Rarity): PairScore {
  const evidence: Evidence[] = [];
  for (const rule of evidenceRules) {
    const e = rule(a, b, r);
    if (e) evidence.push(e);
  }
  const hard = evidence.some((e) => e.hard);
  return { points: round2(evidence.reduce((s, e) => s + (e.hard ? 0 : e.points), 0)), hard, evidence };
}

/** Only the hard rules: cheap enough to check every pair of two clusters before they merge. */
export const hardRules: EvidenceRule[] = [sameArticle, vehicles];

export function hardApart(a: Profile, b: Profile, r: Rarity): Evidence | null {
  for (const rule of hardRules) {
    const e = rule(a, b, r);
    if (e?.hard) return e;
  }
  return null;
}

/**
 * Evidence that two per-article incidents are, or are not, the same real-world incident. One
 * rule = one small function returning points (positive: same; negative: different), a sentence
 * a person can check, and `hard` when the pair can never be one incident whatever else agrees.
 * The run order is the order of `evidenceRules`; the weights live in src/lexicons/reconcile.ts.
 */
import { multiVehicleTypes, thresholds, weights as W } from '../lexicons/reconcile.ts';
import { daysBetween, yearlessRelation } from './dates.ts';
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

/**
 * A rule reads two profiles and the rarity of their keys. `explain` asks for the sentence; when it
 * is false the rule returns an empty one (scoring every candidate pair builds no text).
 */
export type EvidenceRule = (a: Profile, b: Profile, r: Rarity, explain?: boolean) => Evidence | null;

const round2 = (x: number) => Math.round(x * 100) / 100;
const a_ = (w: string) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;
const list = (xs: string[], max = 4) => (xs.length > max ? `${xs.slice(0, max).join(', ')}…` : xs.join(', '));

/**
 * Two incidents one article tells apart: two main incidents stay apart whatever else agrees; a
 * background incident is only strongly against, since the assembler sometimes splits one event
 * into a main and a "background" incident (a recap paragraph read as an earlier event).
 */
export const sameArticle: EvidenceRule = (a, b, _r, explain) => {
  if (a.article !== b.article) return null;
  const hard = a.mention === 'main' && b.mention === 'main';
  return { rule: 'same-article', points: hard ? -100 : W.sameArticle, hard, says: explain ? `both come from ${a.article}, which tells them apart` : '' };
};

export const vehicles: EvidenceRule = (a, b, _r, explain) => {
  const rel = vehicleRelation(a.vehicles, b.vehicles);
  if (rel.familyConflicts.length) {
    const [x, y] = rel.familyConflicts[0];
    return { rule: 'vehicle-family', points: -100, hard: true, says: explain ? `${x.label} and ${y.label} are different vehicles of one family` : '' };
  }
  const named = rel.shared.filter(([x, y]) => x.strength === 'named' && y.strength === 'named');
  if (named.length) {
    const [x, y] = named[0];
    return { rule: 'same-vehicle', points: W.sameVehicle, says: !explain ? '' : x.label === y.label ? `both name the vehicle ${x.label}` : `both name the vehicle ${x.label} (also written ${y.label})` };
  }
  if (rel.otherSole && !multiVehicleTypes.includes(a.type) && !multiVehicleTypes.includes(b.type)) {
    const [x, y] = rel.otherSole;
    return { rule: 'other-sole-vehicle', points: -100, hard: true, says: explain ? `each names one ${x.kind ?? 'vehicle'} and they differ (${x.label}; ${y.label})` : '' };
  }
  if (rel.otherNamed) {
    const x = a.vehicles.find((v) => v.strength === 'named')!;
    const y = b.vehicles.find((v) => v.strength === 'named')!;
    return { rule: 'other-vehicle', points: W.otherNamedVehicle, says: explain ? `they name different vehicles (${x.label}; ${y.label})` : '' };
  }
  if (rel.shared.length) return { rule: 'same-model', points: W.sameModel, says: explain ? `both name ${a_(rel.shared[0][0].label)}, a model or kind shared by many vehicles` : '' };
  return null;
};

export const occurrenceDates: EvidenceRule = (a, b, _r, explain) => {
  const rel = yearlessRelation(a.dates, a.yearless, b.dates, b.yearless);
  if (rel.kind === 'agree') {
    if (rel.gran === 'year') return null;
    const points = rel.gran === 'day' ? W.dayAgrees : W.monthAgrees;
    return { rule: 'dates-agree', points, says: explain ? `occurrence dates agree to the ${rel.gran} (${rel.a.value}; ${rel.b.value})` : '' };
  }
  // a bare year is too often another event's ("since 1991") to say two incidents differ, unless
  // it dates a background incident ("the 2004 tsunami"), where it is what the article says of it
  const yearSays = rel.kind === 'apart' && (a.mention === 'background' || b.mention === 'background') && rel.days > 365;
  if (rel.kind === 'apart' && ((rel.a.gran !== 'year' && rel.b.gran !== 'year') || yearSays)) {
    const points = rel.days > thresholds.yearsApartDays ? W.yearsApart : rel.days > thresholds.farApartDays ? W.farApart : W.daysApart;
    return { rule: 'dates-apart', points, says: explain ? `occurrence dates ${rel.a.value} and ${rel.b.value} are ${rel.days} days apart and cannot both hold` : '' };
  }
  return null;
};

/**
 * An article cannot report an incident that happened days after it was published. Only for an
 * article that states no occurrence date of its own (otherwise the dates rule has spoken).
 */
export const reportedBeforeItHappened: EvidenceRule = (a, b, _r, explain) => {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (!y.published || y.dates.length) continue;
    const days = x.dates.filter((d) => d.gran === 'day');
    if (days.length && days.every((d) => daysBetween(y.published!, d.value) > 1)) {
      return { rule: 'reported-before', points: W.farApart, says: explain ? `${y.article} was published on ${y.published}, before ${x.article}'s incident happened (${days[0].value})` : '' };
    }
  }
  return null;
};

/** Without occurrence dates on both sides, publication dates say when the news was fresh. */
export const publicationGap: EvidenceRule = (a, b, _r, explain) => {
  if ((a.dates.length && b.dates.length) || !a.published || !b.published) return null;
  const gap = Math.abs(daysBetween(a.published, b.published));
  if (gap <= thresholds.nearPublishedDays) return { rule: 'published-near', points: W.publishedNear, says: explain ? `published ${gap} day(s) apart` : '' };
  if (gap > thresholds.farPublishedDays) return { rule: 'published-far', points: W.publishedFar, says: explain ? `published ${gap} days apart` : '' };
  return null;
};

export const types: EvidenceRule = (a, b, _r, explain) => {
  const rel = typeRelation(a.type, b.type);
  if (rel === 'same') return { rule: 'same-type', points: W.sameType, says: explain ? `both are ${a_(a.type)}` : '' };
  if (rel === 'family') return { rule: 'type-family', points: W.typeFamily, says: explain ? `${a_(a.type)} and ${a_(b.type)} may be one incident` : '' };
  if (rel === 'other') return { rule: 'other-type', points: W.otherType, says: explain ? `${a_(a.type)} and ${a_(b.type)} are different kinds of incident` : '' };
  return null;
};

export const places: EvidenceRule = (a, b, r, explain) => {
  const [pa, pb] = [r.places(a), r.places(b)];
  // the shared places not named by too many records to tell anything
  let points = 0;
  const shared: string[] = [];
  pa.specific.forEach((p, i) => {
    if (!pb.all.has(p)) return;
    shared.push(p);
    points += W.place * pa.rarity[i];
  });
  if (shared.length) {
    points = Math.min(W.placeCap, points);
    return points > 0 ? { rule: 'same-place', points: round2(points), says: explain ? `both name ${list(shared)}` : '' } : null;
  }
  if (!pa.specific.length || !pb.specific.length) return null;
  for (const w of pa.words) if (pb.words.has(w)) return null;
  return { rule: 'other-places', points: W.otherPlaces, says: explain ? `they name different places (${list(pa.specific, 2)}; ${list(pb.specific, 2)})` : '' };
};

/** Surnames equal after transliteration folding; first initials agree when both are written. */
export function samePerson(x: PersonKey, y: PersonKey): boolean {
  return x.surname === y.surname && (!x.initial || !y.initial || x.initial === y.initial);
}

export const people: EvidenceRule = (a, b, r, explain) => {
  const pa = r.people(a);
  const shared: PersonKey[] = [];
  let sum = 0;
  pa.specific.forEach((x, i) => {
    if (!b.people.some((y) => samePerson(x, y))) return;
    shared.push(x);
    sum += W.person * pa.rarity[i];
  });
  if (!shared.length) return null;
  const points = Math.min(W.personCap, sum);
  if (points <= 0) return null;
  const names = shared.map((x) => {
    const y = b.people.find((p) => samePerson(x, p))!;
    return x.name === y.name ? x.name : `${x.name} / ${y.name}`;
  });
  return { rule: 'same-person', points: round2(points), says: explain ? `both name ${list(names)}` : '' };
};

export const casualties: EvidenceRule = (a, b, _r, explain) => {
  const bm = new Map(b.casualties);
  const both = a.casualties.filter(([k]) => bm.has(k));
  if (!both.length) return null;
  const same = both.filter(([k, n]) => bm.get(k) === n);
  if (same.length === both.length) return { rule: 'same-count', points: W.sameCount, says: explain ? `same count (${same.map(([k, n]) => `${n} ${k}`).join(', ')})` : '' };
  const diff = both.filter(([k, n]) => bm.get(k) !== n);
  return { rule: 'other-count', points: W.otherCount, says: explain ? `counts differ (${diff.map(([k, n]) => `${n} vs ${bm.get(k)} ${k}`).join(', ')})` : '' };
};

/** Cosine of the two word vectors (idf-weighted), and the heaviest shared words when asked. */
export function wordSimilarity(a: Profile, b: Profile, r: Rarity, top = 0): { cos: number; top: string[] } {
  const [x, y] = [r.vector(a), r.vector(b)];
  let dot = 0;
  const shared: [number, number][] = [];
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length; ) {
    if (x.ids[i] < y.ids[j]) i++;
    else if (x.ids[i] > y.ids[j]) j++;
    else {
      dot += x.w[i] * y.w[j];
      if (top) shared.push([x.ids[i], x.w[i]]);
      i++;
      j++;
    }
  }
  const cos = x.norm && y.norm ? dot / (x.norm * y.norm) : 0;
  if (!top) return { cos, top: [] };
  const words = shared.map(([id, w]) => [r.word(id), w] as const).sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { cos, top: words.slice(0, top).map(([w]) => w) };
}

export const words: EvidenceRule = (a, b, r, explain) => {
  if (a.words.length < thresholds.minWords || b.words.length < thresholds.minWords) return null;
  const { cos, top } = wordSimilarity(a, b, r, explain ? 5 : 0);
  const points = round2(Math.max(W.wordsMin, Math.min(W.wordsMax, W.wordsScale * (cos - W.wordsPivot))));
  if (points === 0) return null;
  if (!explain) return { rule: 'words', points, says: '' };
  const what = top.length ? `distinctive words in common (${list(top, 5)}; similarity ${round2(cos)})` : 'no distinctive word in common';
  return { rule: 'words', points, says: points > 0 ? what : `${what}: too few for one incident` };
};

export const syndicated: EvidenceRule = (a, b, _r, explain) => {
  const s = similarity(a.sketch, b.sketch);
  return s >= thresholds.nearDuplicate ? { rule: 'syndicated', points: W.syndicated, says: explain ? `near-identical wording (shingle similarity ${round2(s)}): copies of one story` : '' } : null;
};

export const evidenceRules: EvidenceRule[] = [sameArticle, vehicles, occurrenceDates, reportedBeforeItHappened, publicationGap, types, places, people, casualties, words, syndicated];

export interface PairScore {
  points: number;
  /** The points of the evidence for "same" alone (what the pair would score with nothing against it). */
  positive: number;
  hard: boolean;
  evidence: Evidence[];
}

/** Every rule on one pair. With `explain`, each piece of evidence carries its sentence. */
export function scorePair(a: Profile, b: Profile, r: Rarity, explain = false): PairScore {
  const evidence: Evidence[] = [];
  let points = 0;
  let positive = 0;
  let hard = false;
  for (const rule of evidenceRules) {
    const e = rule(a, b, r, explain);
    if (!e) continue;
    evidence.push(e);
    if (e.hard) hard = true;
    else {
      points += e.points;
      if (e.points > 0) positive += e.points;
    }
  }
  return { points: round2(points), positive: round2(positive), hard, evidence };
}

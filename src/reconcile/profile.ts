/**
 * The compact profile of one per-article incident: everything clustering needs and nothing
 * more (no evidence, no clause text), so that a run over many records keeps only profiles in
 * memory and reads full records again one cluster at a time when merging.
 */
import type { ArticleRecord, Incident, Span } from '../schema/index.ts';
import { stem, translitKey } from '../eval/match.ts';
import { stopWords } from '../lexicons/eval.ts';
import { casualtyTotals } from './casualties.ts';
import { coreDates, dayValues, placeYearless, yearlessValues, type DayValue } from './dates.ts';
import { thresholds } from '../lexicons/reconcile.ts';
import { signature } from './minhash.ts';
import { baseType } from './types.ts';
import { vehicleIds, type VehicleId } from './vehicles.ts';

export interface PersonKey {
  /** Transliteration-folded surname ("voronov"). */
  surname: string;
  /** First initial when a first name is written. */
  initial?: string;
  name: string;
}

export interface Profile {
  /** `<article>#<incident>`: unique, and the order of everything run-wide. */
  key: string;
  article: string;
  incident: string;
  mention: 'main' | 'background';
  /** The outlet (source, else the URL's host), for counting independent sources. */
  outlet: string | null;
  published: string | null;
  type: string;
  vehicles: VehicleId[];
  dates: DayValue[];
  /** Occurrence dates written without a year ("01", "12-14" for XXXX-01, XXXX-12-14). */
  yearless: string[];
  places: string[];
  people: PersonKey[];
  casualties: [string, number][];
  words: string[];
  sketch: number[];
}

/** "Banstead, Surrey" → ["banstead", "surrey"]; "the Bering Sea" → ["bering sea"]. */
export function placeKeys(name: string): string[] {
  return name
    .split(/\s*,\s*/)
    .map((p) => p.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/^the\s+/, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 1);
}

const NAME_PARTICLES = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export function personKey(name: string): PersonKey | null {
  const parts = name.split(/\s+/).filter((p) => /\p{L}/u.test(p) && !NAME_PARTICLES.test(p));
  if (!parts.length) return null;
  const surname = translitKey(parts[parts.length - 1]);
  if (surname.length < 2) return null;
  return parts.length > 1 ? { surname, initial: parts[0][0].toLowerCase(), name } : { surname, name };
}

const uniqSorted = (xs: string[]) => [...new Set(xs)].sort();

function outletOf(r: ArticleRecord): string | null {
  if (r.article.source) return r.article.source.toLowerCase();
  try {
    return r.article.url ? new URL(r.article.url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The words a profile is compared on: the headline and every fact's name or clause. */
function factTexts(r: ArticleRecord, inc: Incident): string[] {
  return [
    r.article.title ?? '',
    ...inc.vehicles.flatMap((v) => [v.name, ...v.aliases]),
    ...inc.people.map((p) => p.name),
    ...inc.organizations.map((o) => o.name),
    ...inc.locations.map((l) => l.name),
    ...inc.causes.map((c) => c.text),
    ...inc.consequences.map((c) => c.text),
  ];
}

/** The evidence spans of an incident, in text order. */
function spansOf(inc: Incident): Span[] {
  return [inc.vehicles, inc.dates, inc.people, inc.organizations, inc.locations, inc.causes, inc.consequences]
    .flat()
    .flatMap((f) => f.evidence)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const SENTENCE_END = /[.!?]["'”’)]*\s|\n/g;

/**
 * The sentences of the article's text that hold the incident's evidence: the incident's own
 * words, not those of another incident the same article tells. Without the text, the quotes.
 */
export function incidentText(inc: Incident, text: string | undefined): string {
  const spans = spansOf(inc);
  if (!text) return spans.map((s) => s.quote).join(' ');
  const bounds: [number, number][] = [];
  for (const s of spans) {
    const last = bounds[bounds.length - 1];
    if (last && s.start < last[1]) continue;
    let start = s.start;
    while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
    SENTENCE_END.lastIndex = s.end;
    const m = SENTENCE_END.exec(text);
    bounds.push([start, m ? m.index + 1 : text.length]);
  }
  return bounds.map(([a, b]) => text.slice(a, b)).join(' ');
}

/**
 * The text a profile is compared on: the sentences of the incident's evidence; for a main
 * incident with no fact to locate its sentences ("thieves stole the jewels" and nothing else
 * extracted), the article's first `leadSentences` sentences, which a news story gives to its
 * main event. A background incident without facts has no words of its own.
 */
export function ownText(inc: Incident, text: string | undefined): string {
  const own = incidentText(inc, text);
  if (own.trim() || inc.mention !== 'main' || !text) return own;
  SENTENCE_END.lastIndex = 0;
  let end = text.length;
  for (let n = 0; n < thresholds.leadSentences; n++) {
    const m = SENTENCE_END.exec(text);
    if (!m) break;
    end = m.index + 1;
  }
  return text.slice(0, end);
}

/**
 * Content words of a text, stemmed; numbers keep their decimals and thousands ("5.9", "1,200"),
 * so that two magnitudes or two tolls are two different words.
 */
export function profileWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+|\d+(?:[.,]\d+)*/gu) ?? []).filter((w) => !stopWords.has(w)).map((w) => (/^\d/.test(w) ? w.replace(/,/g, '') : stem(w)));
}

const tokens = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The profile of one incident; `text` is the article's cleaned text when it is at hand. */
export function buildProfile(r: ArticleRecord, inc: Incident, text?: string): Profile {
  const casualties = casualtyTotals(inc.consequences.map((c) => c.text));
  const own = `${r.article.title ?? ''}\n${ownText(inc, text)}`;
  const occurred = placeYearless(inc.dates.filter((d) => d.role === 'occurred').map((d) => d.value));
  return {
    key: `${r.article.id}#${inc.id}`,
    article: r.article.id,
    incident: inc.id,
    mention: inc.mention,
    outlet: outletOf(r),
    published: r.article.published,
    type: baseType(inc.type),
    vehicles: vehicleIds(inc.vehicles),
    dates: coreDates(dayValues(occurred), inc.mention === 'main', r.article.published, thresholds.farApartDays),
    yearless: yearlessValues(occurred),
    places: uniqSorted(inc.locations.flatMap((l) => placeKeys(l.name))),
    people: [...new Map(inc.people.map((p) => personKey(p.name)).filter((k): k is PersonKey => k !== null).map((k) => [`${k.surname}|${k.initial ?? ''}`, k])).values()].sort((a, b) => (a.surname < b.surname ? -1 : a.surname > b.surname ? 1 : 0)),
    casualties: [...casualties.entries()].map(([k, c]) => [k, c.count] as [string, number]).sort(),
    words: uniqSorted([...factTexts(r, inc), own].flatMap(profileWords)).filter((w) => w.length > 1),
    sketch: signature(tokens(own)),
  };
}

/** Profiles of every incident of the records, in key order. */
export function profilesOf(records: ArticleRecord[], textOf: (article: string) => string | undefined = () => undefined): Profile[] {
  return records.flatMap((r) => r.incidents.map((inc) => buildProfile(r, inc, textOf(r.article.id)))).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Scores one system's predictions against the MEANTIME gold, article by article, and keeps
 * every miss and false hit for `--errors`. Predictions count only in the scored sentences
 * (0 and 2–5: see gold.ts).
 */
import { SCORED_SENTENCES, namedEntities, namedMentions, unnamedMentions } from './gold.ts';
import type { EntType, GoldMention, MeantimeDoc, TimexType } from './meantime.ts';
import type { DatePrediction, EntityPrediction, Predictions, Span } from './predictions.ts';
import { EMPTY_PRF, REF_VALUES, addPrf, excuseNested, matchSpans, overlap, sameValue, spanPrf, type Prf } from './score.ts';

export const TIMEX_TYPES: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export interface DateScores {
  strict: Prf;
  relaxed: Prf;
  /** Relaxed-matched pairs whose values were compared, and how many agreed. */
  valuePairs: number;
  valueCorrect: number;
}

export interface SpanScores {
  strict: Prf;
  relaxed: Prf;
  /** False hits (relaxed) that overlap a mention of the type that is not a name ("the company"). */
  fpOnUnnamed: number;
}

export interface PeopleScores extends SpanScores {
  entity: Prf;
  /** Predicted people that overlap an entity another prediction already matched (a split person). */
  duplicates: number;
}

export interface ArticleErrors {
  dates: string[];
  people: string[];
  organizations: string[];
  locations: string[];
  vehicles: string[];
}

export interface Scores {
  dates?: DateScores & { byType: Record<TimexType, DateScores>; dateTime: DateScores };
  people?: PeopleScores;
  organizations?: SpanScores;
  locations?: SpanScores;
  vehicles?: SpanScores;
  errors: Record<string, ArticleErrors>;
}

const emptyDates = (): DateScores => ({ strict: EMPTY_PRF, relaxed: EMPTY_PRF, valuePairs: 0, valueCorrect: 0 });
const emptySpans = (): SpanScores => ({ strict: EMPTY_PRF, relaxed: EMPTY_PRF, fpOnUnnamed: 0 });

function sentenceOf(doc: MeantimeDoc, offset: number): number {
  return doc.sentences.findIndex((s) => offset >= s.start && offset < s.end);
}

const inScored = (doc: MeantimeDoc) => (s: Span) => SCORED_SENTENCES(sentenceOf(doc, s.start));
const quote = (doc: MeantimeDoc, s: Span) => JSON.stringify(doc.text.slice(s.start, s.end));
/** The span in its sentence, cut to 60 characters each side: "…in <<2009>> out of…". */
function inContext(doc: MeantimeDoc, s: Span): string {
  const sent = doc.sentences[sentenceOf(doc, s.start)] ?? s;
  const left = doc.text.slice(Math.max(sent.start, s.start - 60), s.start);
  const right = doc.text.slice(s.end, Math.min(sent.end, s.end + 60));
  return `…${left}<<${doc.text.slice(s.start, s.end)}>>${right}…`;
}

/** Dates of one article: one scorer for all types, or for those of `types` on both sides. */
function scoreDates(doc: MeantimeDoc, preds: DatePrediction[], countRefs: boolean, types: TimexType[], errors?: string[]): DateScores {
  const gold = doc.timexes.filter((t) => types.includes(t.type));
  const pred = preds.filter(inScored(doc)).filter((p) => types.includes(p.type));
  const strict = matchSpans(gold, pred, 'strict');
  const relaxed = matchSpans(gold, pred, 'relaxed');
  const compared = relaxed.pairs.filter(([g]) => countRefs || !REF_VALUES.test(g.value));
  const right = compared.filter(([g, p]) => sameValue(g.value, p.value, p.granularity));
  if (errors) {
    for (const g of relaxed.missed) errors.push(`miss ${g.type} ${quote(doc, g)} = ${g.value}   ${inContext(doc, g)}`);
    for (const p of relaxed.falseHits) errors.push(`false ${p.type} ${quote(doc, p)} = ${p.value}   ${inContext(doc, p)}`);
    for (const [g, p] of compared) if (!sameValue(g.value, p.value, p.granularity)) errors.push(`value ${g.type} ${quote(doc, g)} gold ${g.value} ≠ ${quote(doc, p)} ${p.value}`);
    for (const [g, p] of relaxed.pairs) if (!strict.pairs.some(([sg]) => sg === g)) errors.push(`extent ${g.type} gold ${quote(doc, g)} ≠ ${quote(doc, p)}`);
  }
  return { strict: addPrf(EMPTY_PRF, spanPrf(strict)), relaxed: addPrf(EMPTY_PRF, spanPrf(relaxed)), valuePairs: compared.length, valueCorrect: right.length };
}

function addDates(a: DateScores, b: DateScores): DateScores {
  return { strict: addPrf(a.strict, b.strict), relaxed: addPrf(a.relaxed, b.relaxed), valuePairs: a.valuePairs + b.valuePairs, valueCorrect: a.valueCorrect + b.valueCorrect };
}

function scoreSpans(doc: MeantimeDoc, type: EntType, preds: Span[], errors?: string[]): SpanScores {
  const gold = namedMentions(doc, type);
  const pred = preds.filter(inScored(doc));
  const strict = excuseNested(matchSpans(gold, pred, 'strict'));
  const relaxed = excuseNested(matchSpans(gold, pred, 'relaxed'));
  const unnamed = unnamedMentions(doc, type);
  const onUnnamed = relaxed.falseHits.filter((p) => unnamed.some((u) => overlap(u, p) > 0));
  if (errors) {
    for (const g of relaxed.missed) errors.push(`miss ${quote(doc, g)}   ${inContext(doc, g)}`);
    for (const p of relaxed.falseHits) errors.push(`false ${quote(doc, p)}${onUnnamed.includes(p) ? ' (on an unnamed mention)' : ''}   ${inContext(doc, p)}`);
  }
  return { strict: addPrf(EMPTY_PRF, spanPrf(strict)), relaxed: addPrf(EMPTY_PRF, spanPrf(relaxed)), fpOnUnnamed: onUnnamed.length };
}

function addSpans<T extends SpanScores>(a: T, b: T): T {
  return { ...a, strict: addPrf(a.strict, b.strict), relaxed: addPrf(a.relaxed, b.relaxed), fpOnUnnamed: a.fpOnUnnamed + b.fpOnUnnamed };
}

/** Per-article person entities: a prediction matches an entity when one of its mentions overlaps one of the entity's. */
function scoreEntities(doc: MeantimeDoc, preds: EntityPrediction[], errors?: string[]): { entity: Prf; duplicates: number } {
  const gold = namedEntities(doc, 'PER');
  const scored = preds.map((p) => ({ ...p, mentions: p.mentions.filter(inScored(doc)) })).filter((p) => p.mentions.length > 0);
  const hits = (p: EntityPrediction, g: { mentions: GoldMention[] }) => p.mentions.some((m) => g.mentions.some((gm) => overlap(gm, m) > 0));
  const taken = new Set<number>();
  let fp = 0;
  let duplicates = 0;
  for (const p of scored) {
    const options = gold.map((g, i) => (hits(p, g) ? i : -1)).filter((i) => i >= 0);
    const free = options.find((i) => !taken.has(i));
    if (free !== undefined) taken.add(free);
    else if (options.length) duplicates++;
    else {
      fp++;
      errors?.push(`false person "${p.name}" at ${p.mentions.map((m) => quote(doc, m)).join(', ')}`);
    }
  }
  gold.forEach((g, i) => {
    if (!taken.has(i)) errors?.push(`miss person "${g.name}" (${g.mentions.map((m) => quote(doc, m)).join(', ')})`);
  });
  return { entity: { ...EMPTY_PRF, ...addPrf(EMPTY_PRF, { tp: taken.size, fp, fn: gold.length - taken.size }) }, duplicates };
}

/** Scores every article; `covers` says which tasks the system is scored on. */
export function evaluate(docs: MeantimeDoc[], predictions: Record<string, Predictions>, covers: (keyof Predictions)[]): Scores {
  const countRefs = Object.values(predictions).some((p) => p.dates?.some((d) => REF_VALUES.test(d.value)));
  const out: Scores = { errors: {} };
  const byType = Object.fromEntries(TIMEX_TYPES.map((t) => [t, emptyDates()])) as Record<TimexType, DateScores>;
  let dates = emptyDates();
  let dateTime = emptyDates();
  let people: PeopleScores = { ...emptySpans(), entity: EMPTY_PRF, duplicates: 0 };
  const spans = { organizations: emptySpans(), locations: emptySpans(), vehicles: emptySpans() };
  const typeOf = { organizations: 'ORG', locations: 'LOC', vehicles: 'PRO' } as const;
  for (const doc of docs) {
    const p = predictions[doc.id] ?? {};
    const e: ArticleErrors = { dates: [], people: [], organizations: [], locations: [], vehicles: [] };
    out.errors[doc.id] = e;
    if (covers.includes('dates')) {
      const ds = p.dates ?? [];
      dates = addDates(dates, scoreDates(doc, ds, countRefs, TIMEX_TYPES, e.dates));
      dateTime = addDates(dateTime, scoreDates(doc, ds, countRefs, ['DATE', 'TIME']));
      for (const t of TIMEX_TYPES) byType[t] = addDates(byType[t], scoreDates(doc, ds, countRefs, [t]));
    }
    if (covers.includes('people')) {
      const ents = p.people ?? [];
      const s = scoreSpans(doc, 'PER', ents.flatMap((x) => x.mentions));
      const en = scoreEntities(doc, ents, e.people);
      people = { ...addSpans(people, { ...s, entity: EMPTY_PRF, duplicates: 0 }), entity: addPrf(people.entity, en.entity), duplicates: people.duplicates + en.duplicates };
    }
    for (const k of ['organizations', 'locations', 'vehicles'] as const) {
      if (!covers.includes(k)) continue;
      if (k === 'vehicles' && !['airbus', 'gm'].includes(doc.corpus)) continue;
      spans[k] = addSpans(spans[k], scoreSpans(doc, typeOf[k], p[k] ?? [], e[k]));
    }
  }
  if (covers.includes('dates')) out.dates = { ...dates, byType, dateTime };
  if (covers.includes('people')) out.people = people;
  for (const k of ['organizations', 'locations', 'vehicles'] as const) if (covers.includes(k)) out[k] = spans[k];
  return out;
}

export const valueAccuracy = (d: DateScores): number => (d.valuePairs ? d.valueCorrect / d.valuePairs : 0);

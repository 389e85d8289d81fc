/**
 * The figures `bench:accuracy` prints and writes to output/bench/accuracy.json (stable keys:
 * `<system>.dates.strictF1`, `.relaxedF1`, `.valueAccuracy`, `<system>.people.entityF1`,
 * `<system>.{vehicles,organizations,locations}.spanF1`, …), rounded to 3 decimals.
 * Span F1 without a qualifier is relaxed (overlap): gold extents are whole noun phrases.
 */
import { TIMEX_TYPES, valueAccuracy, type DateScores, type Scores, type SpanScores } from './evaluate.ts';
import type { Prf } from './score.ts';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function dateFigures(d: DateScores) {
  const va = valueAccuracy(d);
  return {
    strictF1: r3(d.strict.f1), relaxedF1: r3(d.relaxed.f1), valueAccuracy: r3(va), valueF1: r3(d.relaxed.f1 * va),
    relaxedPrecision: r3(d.relaxed.precision), relaxedRecall: r3(d.relaxed.recall), gold: d.relaxed.tp + d.relaxed.fn,
  };
}

const spanFigures = (s: SpanScores) => ({
  spanF1: r3(s.relaxed.f1), strictF1: r3(s.strict.f1), precision: r3(s.relaxed.precision), recall: r3(s.relaxed.recall),
  gold: s.relaxed.tp + s.relaxed.fn, fpOnUnnamed: s.fpOnUnnamed,
});

const prfFigures = (p: Prf) => ({ f1: r3(p.f1), precision: r3(p.precision), recall: r3(p.recall) });

export type Figures = ReturnType<typeof figures>;

export function figures(s: Scores) {
  return {
    ...(s.dates && {
      dates: {
        ...dateFigures(s.dates),
        dateTime: dateFigures(s.dates.dateTime),
        byType: Object.fromEntries(TIMEX_TYPES.map((t) => [t, dateFigures(s.dates!.byType[t])])),
      },
    }),
    ...(s.people && {
      people: {
        entityF1: r3(s.people.entity.f1), entity: prfFigures(s.people.entity), gold: s.people.entity.tp + s.people.entity.fn,
        duplicates: s.people.duplicates, mentionRelaxedF1: r3(s.people.relaxed.f1), mentionStrictF1: r3(s.people.strict.f1),
        fpOnUnnamed: s.people.fpOnUnnamed,
      },
    }),
    ...(s.vehicles && { vehicles: spanFigures(s.vehicles) }),
    ...(s.organizations && { organizations: spanFigures(s.organizations) }),
    ...(s.locations && { locations: spanFigures(s.locations) }),
  };
}

/** A figure by dotted path ("dates.relaxedF1"), for floors. */
export function figureAt(f: object, dotted: string): number | undefined {
  const v = dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), f);
  return typeof v === 'number' ? v : undefined;
}

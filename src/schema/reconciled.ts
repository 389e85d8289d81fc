/**
 * One line of `incidents.jsonl`: a real-world incident merged from the per-article incidents
 * that report it. Every fact lists `sources` (article ids that state it) and its evidence in
 * each of them; where sources disagree on a value, every value is kept and one is `preferred`.
 */
import { z } from 'zod';
import { DateRole, MentionKind, VehicleKind } from './record.ts';

export const SourcedSpan = z
  .object({
    article: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .strict();
export type SourcedSpan = z.infer<typeof SourcedSpan>;

const sourced = {
  sources: z.array(z.string()).min(1),
  evidence: z.array(SourcedSpan).min(1),
};

export const MergedVehicle = z
  .object({
    name: z.string(),
    kind: VehicleKind,
    operator: z.string().optional(),
    aliases: z.array(z.string()),
    ...sourced,
  })
  .strict();

export const MergedDate = z
  .object({
    value: z.string(),
    role: DateRole,
    event: z.string().optional(),
    texts: z.array(z.string()),
    /** Set on the value chosen among disagreeing values of the same role and event. */
    preferred: z.boolean().optional(),
    ...sourced,
  })
  .strict();

export const MergedPerson = z
  .object({
    name: z.string(),
    role: z.string().optional(),
    affiliation: z.string().optional(),
    variants: z.array(z.string()),
    ...sourced,
  })
  .strict();

/** A casualty count one or more articles state ("14 injured"); counts that differ are a disagreement. */
export const MergedCasualty = z
  .object({
    kind: z.string(),
    count: z.number().int().nonnegative(),
    texts: z.array(z.string()),
    preferred: z.boolean().optional(),
    ...sourced,
  })
  .strict();

export const MergedNamed = z.object({ name: z.string(), ...sourced }).strict();
export const MergedClause = z.object({ text: z.string(), ...sourced }).strict();

export const Disagreement = z
  .object({
    field: z.string(),
    values: z
      .array(
        z
          .object({
            value: z.string(),
            sources: z.array(z.string()),
            /** Sources counted once per syndicated story and per outlet, including those stating a consistent coarser or finer value. */
            independentSources: z.number().int().nonnegative().optional(),
          })
          .strict(),
      ),
    preferred: z.string(),
    reason: z.string(),
  })
  .strict();

export const Member = z
  .object({
    article: z.string(),
    incident: z.string(),
    mention: MentionKind,
    /** Set when this article is a near-copy of another member (a syndicated story): the first article of its copies. */
    copyOf: z.string().optional(),
  })
  .strict();

export const ReconciledIncident = z
  .object({
    id: z.string(),
    type: z.string(),
    summary: z.string(),
    members: z.array(Member).min(1),
    vehicles: z.array(MergedVehicle),
    dates: z.array(MergedDate),
    people: z.array(MergedPerson),
    organizations: z.array(MergedNamed),
    locations: z.array(MergedNamed),
    causes: z.array(MergedClause),
    consequences: z.array(MergedClause),
    /** Casualty counts stated by the members (dead, injured, missing), each with its sources. */
    casualties: z.array(MergedCasualty).optional(),
    disagreements: z.array(Disagreement),
    /** Why these members were merged, and why near candidates were kept apart, in sentences a person can check. */
    explanation: z.array(z.string()),
  })
  .strict();
export type ReconciledIncident = z.infer<typeof ReconciledIncident>;

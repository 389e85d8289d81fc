/**
 * The output contract, as zod schemas. Every TypeScript type of a record comes from here
 * (`z.infer`), and `factwire schema` writes `schemas/*.json` from these same objects.
 *
 * Names here are a public contract (DESIGN.md): additions are fine, renames need a bump of
 * SCHEMA_VERSION.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

/** A span of the cleaned text: `quote === text.slice(start, end)`. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .strict();
export type Span = z.infer<typeof Span>;

/** Every fact states where it came from (evidence) and which rule produced it (ruleId). */
const factBase = {
  evidence: z.array(Span).min(1),
  ruleId: z.string(),
};

export const VehicleKind = z.enum(['spacecraft', 'aircraft', 'ship', 'train', 'road vehicle', 'other']);
export type VehicleKind = z.infer<typeof VehicleKind>;

export const Vehicle = z
  .object({
    name: z.string(),
    kind: VehicleKind,
    operator: z.string().optional(),
    /** Other ways this article names the same vehicle ("the cargo ship", "MS-29"). */
    aliases: z.array(z.string()),
    ...factBase,
  })
  .strict();
export type Vehicle = z.infer<typeof Vehicle>;

export const DateRole = z.enum(['occurred', 'reported', 'other']);
export type DateRole = z.infer<typeof DateRole>;

/**
 * ISO 8601 value, partial allowed: `2023`, `2023-02`, `2023-02-11`, `XXXX-12-14`,
 * `2022-12-14T19:45-05:00`, `2022-12-14T19:45` (no zone known), durations `PT10H`.
 */
export const DateFact = z
  .object({
    text: z.string(),
    value: z.string(),
    role: DateRole,
    /** What the date is the date of, when a cue says so ("launch", "undocking"). */
    event: z.string().optional(),
    ...factBase,
  })
  .strict();
export type DateFact = z.infer<typeof DateFact>;

export const Person = z
  .object({
    name: z.string(),
    role: z.string().optional(),
    affiliation: z.string().optional(),
    /** Every other spelling of the same person in this article (typos, transliterations, surname only). */
    variants: z.array(z.string()),
    ...factBase,
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const NamedFact = z.object({ name: z.string(), ...factBase }).strict();
export type NamedFact = z.infer<typeof NamedFact>;

export const ClauseFact = z.object({ text: z.string(), ...factBase }).strict();
export type ClauseFact = z.infer<typeof ClauseFact>;

export const MentionKind = z.enum(['main', 'background']);

export const Incident = z
  .object({
    id: z.string(),
    type: z.string(),
    /** `main` when the article is about it, `background` when mentioned in passing. */
    mention: MentionKind,
    summary: z.string(),
    vehicles: z.array(Vehicle),
    dates: z.array(DateFact),
    people: z.array(Person),
    organizations: z.array(NamedFact),
    locations: z.array(NamedFact),
    causes: z.array(ClauseFact),
    consequences: z.array(ClauseFact),
  })
  .strict();
export type Incident = z.infer<typeof Incident>;

export const Diagnostic = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
  })
  .strict();
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Where each piece of metadata came from ("sidecar", "json", "html:og:title", "text:first-line"). */
export const MetaOrigin = z.record(z.string(), z.string());

export const ArticleMeta = z
  .object({
    id: z.string(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    /** YYYY-MM-DD or null */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    author: z.string().nullable().optional(),
    language: z.string().nullable().optional(),
    origin: MetaOrigin.optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const ArticleRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    article: ArticleMeta,
    incidents: z.array(Incident),
    diagnostics: z.array(Diagnostic),
  })
  .strict();
export type ArticleRecord = z.infer<typeof ArticleRecord>;

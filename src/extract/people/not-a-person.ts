/**
 * Contexts that make a person-looking span part of something else:
 *   "USS Jane Doe", "MV Lars Berg"           → a ship named after a person
 *   "the Doe returned to port"               → a ship or a thing ("the" before a bare name)
 *   "Jane Doe-class destroyer"             → a class name
 *   "Jane Doe Strike Group", "John Doe International Airport", "Jane Doe Space Center"
 *                                            → an organisation or a facility named after a person
 */
import type { ExtractDoc, Span } from '../doc.ts';
import { notPersonAfter, vesselPrefixes } from '../../lexicons/people.ts';
import { facilityWords } from '../../lexicons/locations.ts';
import { orgSuffixes } from '../../lexicons/organizations.ts';
import { alternation } from './spans.ts';

const VESSEL_BEFORE = new RegExp(`(?:^|[\\s("“])(?:${alternation(vesselPrefixes)})\\.?\\s+$`);
const THE_BEFORE = /(?:^|\s)[Tt]he\s+$/;
const NAMED_AFTER = new RegExp(
  `^\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:${alternation([
    ...orgSuffixes,
    ...facilityWords.map((f) => f.word),
    ...facilityWords.filter((f) => f.lowercaseOk).map((f) => f.word.toLowerCase()), // "Mitchell airport"
  ])})(?![\\p{L}])`,
  'u',
);

/** Why the span is not a person, or undefined. */
export function nonPersonContext(doc: ExtractDoc, span: Span): string | undefined {
  const before = doc.text.slice(Math.max(0, span.start - 12), span.start);
  const after = doc.text.slice(span.end, span.end + 60);
  if (VESSEL_BEFORE.test(before)) return 'vessel name';
  if (THE_BEFORE.test(before)) return 'determiner';
  if (notPersonAfter.test(after)) return 'class name';
  if (NAMED_AFTER.test(after)) return 'named organisation or facility';
  return undefined;
}

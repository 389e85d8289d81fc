/**
 * Which way an unstated year or week points: the modifier said before the date ("last July",
 * "next Saturday") wins; else the tense of its clause ("is scheduled for Saturday": future).
 */
import type { ExtractDoc } from '../../doc.ts';
import type { DateCandidate, Modifier } from '../candidate.ts';
import { tenseAround, type Tense } from '../cues.ts';

export type Direction = Modifier | Tense;

export const directionOf = (c: DateCandidate, doc: ExtractDoc): Direction => c.modifier ?? tenseAround(doc, c.start, c.end);

/**
 * Which MEANTIME mentions each score counts (the corpus README's recipe, made explicit):
 * - only sentences 0 and 2–5 are scored: the dateline (1) holds only the publication date, and
 *   sentences ≥ 6 are not fully annotated;
 * - `syntactic_type` is empty on most airbus/gm mentions, so a mention is *named* when typed
 *   NAM / APP / PRE.NAM, or untyped and holding a capitalised word of its entity's descriptor
 *   ("Scott Carson, president and CEO of …" → Scott Carson; not "Ryanair CEO" → Michael O'Leary);
 * - people: only entities whose descriptor is a person's name (not "Boeing employees");
 * - vehicles: PRO mentions of the airbus and gm corpora that hold a model name (a capitalised
 *   word, a designation such as A380 / 777-200LR / DC-9, a 3-digit model number inside the
 *   phrase) and whose entity is not a part, a document or a site (engines, software, e-mails,
 *   plants…: `NOT_VEHICLE` below).
 */
import type { EntType, GoldMention, MeantimeDoc } from './meantime.ts';

export const SCORED_SENTENCES = (s: number): boolean => s === 0 || (s >= 2 && s <= 5);

const NAMED_TYPES = new Set(['NAM', 'APP', 'PRE.NAM']);

/** Sentence-initial words that are capitalised without being names. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'it', 'its', 'they', 'their', 'this', 'that', 'these', 'those', 'he', 'she', 'his', 'her', 'which', 'who', 'some', 'many', 'all', 'one', 'two']);

/** Descriptor words of PRO entities that are not vehicles (parts, documents, places, programmes). */
const NOT_VEHICLE = /\b(?:engines?|software|e-?mails?|box|recorder|contracts?|website|livery|record|documentation|documents?|plants?|court|units?|brand|letter|plan|reports?|mock-up|harness(?:es)?|wiring|winglets?|computer|system|parachutes?|luggage|equipment|routes?|network|composites|materials?|law|format|aluminium|carbon|designation|appearances|parts|load|side|healthcare|seedlings)\b/i;

const words = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase());

/** Where a noun phrase's modifiers end and its tail (relative clause, apposition, by-phrase) begins. */
const TAIL = /,|\(|\s(?:which|that|who|by|from|built|currently|worth|capable|to)\s/;

/**
 * A word that names a model: a designation mixing letters and digits (A380, 777-200LR, DC-9),
 * a 3-digit number not leading the phrase ("five new 737 aircraft", not "179 tankers"), or a
 * capitalised word that is not a possessive maker ("Boeing's"), a demonym ("European") or the
 * headline's or sentence's first word.
 */
export function isModelWord(w: string, index: number, sentenceInitial: boolean): boolean {
  if (/^\d{2}s$|^\d{4}s$/.test(w)) return false; // decades: "the 70s"
  if (/\p{L}/u.test(w) && /\d/.test(w)) return true;
  if (/^\d{3}$/.test(w)) return index > 0;
  if (sentenceInitial && index === 0) return false;
  return capitalised(w) && !/'s$/.test(w) && !/(?:an|ean|ese|ish)$/.test(w);
}

export function isNamed(m: GoldMention, doc: MeantimeDoc): boolean {
  if (m.syntacticType && NAMED_TYPES.has(m.syntacticType)) return true;
  if (m.syntacticType && m.syntacticType !== '') return false;
  const descriptor = new Set(words(doc.entityNames.get(m.entity ?? '') ?? '').filter(capitalised).map((w) => w.toLowerCase()));
  return words(m.text).some((w) => capitalised(w) && descriptor.has(w.replace(/'s$/, '').toLowerCase()));
}

export function isNamedVehicle(m: GoldMention, doc: MeantimeDoc): boolean {
  if (m.entType !== 'PRO' || !['airbus', 'gm'].includes(doc.corpus)) return false;
  if (NOT_VEHICLE.test(doc.entityNames.get(m.entity ?? '') ?? '')) return false;
  const head = m.text.split(TAIL)[0];
  const initial = doc.sentences[m.sentence].start === m.start;
  return words(head).some((w, i) => isModelWord(w, i, initial));
}

const PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'di']);

/**
 * A person entity is a named person when its descriptor, parentheses dropped, is a proper
 * name: every word capitalised ("Michael O'Leary (CEO of Ryanair)"), not a group ("Boeing
 * employees", "VIP guests", "board of directors") nor a pair ("John Howard + Ian MacDonald").
 */
export function isPersonName(descriptor: string): boolean {
  const ws = descriptor.replace(/\([^)]*\)?/g, ' ').trim().split(/\s+/).filter(Boolean);
  return ws.length >= 2 && ws.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w));
}

/** Named mentions of one entity type in the scored sentences. */
export function namedMentions(doc: MeantimeDoc, type: EntType): GoldMention[] {
  const person = (m: GoldMention) => type !== 'PER' || isPersonName(doc.entityNames.get(m.entity ?? '') ?? '');
  const pick = type === 'PRO' ? isNamedVehicle : (m: GoldMention) => m.entType === type && isNamed(m, doc) && person(m);
  return doc.mentions.filter((m) => SCORED_SENTENCES(m.sentence) && pick(m, doc));
}

/** Mentions of the type that are not named ("analysts", "the company"): predictions on them are reported apart. */
export function unnamedMentions(doc: MeantimeDoc, type: EntType): GoldMention[] {
  const named = new Set(namedMentions(doc, type).map((m) => m.id));
  return doc.mentions.filter((m) => SCORED_SENTENCES(m.sentence) && m.entType === type && !named.has(m.id));
}

export interface GoldEntity {
  entity: string;
  name: string;
  /** All its mentions in the scored sentences, of any syntactic type. */
  mentions: GoldMention[];
}

/** Person (or other) entities with at least one named mention in the scored sentences. */
export function namedEntities(doc: MeantimeDoc, type: EntType): GoldEntity[] {
  const ids = [...new Set(namedMentions(doc, type).map((m) => m.entity).filter((e): e is string => e !== null))];
  return ids.map((entity) => ({
    entity,
    name: doc.entityNames.get(entity) ?? '',
    mentions: doc.mentions.filter((m) => m.entity === entity && SCORED_SENTENCES(m.sentence)),
  }));
}

/**
 * trigger.type / trigger.anaphor — the words that say an incident happened.
 * e.g. "had leaked coolant" → leak; "the incident" → anaphor; "a similar incident" → background.
 * Trap: "no leaks were found", "landed without incident" are not incidents.
 */
import { backgroundCues, incidentAnaphors, incidentTypes, statisticQuantifiers, triggerNegations } from '../../lexicons/incidents.ts';
import type { ExtractDoc } from '../doc.ts';
import type { Rule, TriggerMention } from '../types.ts';
import { matchSentences, sentencesWith, unionSource } from '../shared/regex.ts';

// Noun triggers also match their plural ("collisions", "explosions"); isStatistic sorts counts out.
const typed = incidentTypes.map((t) => ({ type: t.type, re: new RegExp(String.raw`\b(?:${t.patterns.join('|')})s?\b`, 'gi') }));
const anaphorRe = new RegExp(String.raw`\b(?:${incidentAnaphors.join('|')})s?\b`, 'gi');
/** Any trigger, typed or anaphor: most sentences hold none, and one test sorts them out before the ~30 scans. */
const anyTriggerRe = new RegExp(String.raw`\b(?:${unionSource([...incidentTypes.map((t) => t.patterns.join('|')), incidentAnaphors.join('|')])})s?\b`, 'i');
const backgroundRe = new RegExp(backgroundCues.join('|'), 'i');
const negRe = new RegExp(triggerNegations, 'i');
const statRe = new RegExp(String.raw`\b${statisticQuantifiers}`, 'i');

/** True when the words just before `start` negate the trigger. */
export function isNegated(doc: ExtractDoc, sentence: number, start: number): boolean {
  const s = doc.sentences[sentence];
  const before = doc.text.slice(Math.max(s.start, start - 30), start);
  return negRe.test(before);
}

/**
 * A counted plural ("81 crashes", "a series of fires"): a statistic, not an incident. Only a
 * one-word plural noun can be counted: "fallen to their deaths" after "Two hikers" is an event.
 */
export function isStatistic(doc: ExtractDoc, sentence: number, start: number, text: string): boolean {
  if (!/^[\p{L}-]+[^s]s$/iu.test(text)) return false;
  const s = doc.sentences[sentence];
  return statRe.test(doc.text.slice(Math.max(s.start, start - 40), start));
}

/** True when the sentence holding the trigger marks another incident. */
export function hasBackgroundCue(sentenceText: string): boolean {
  return backgroundRe.test(sentenceText);
}

function make(doc: ExtractDoc, start: number, end: number, sentence: number, ruleId: string, type: string | null): TriggerMention {
  const m: TriggerMention = { kind: 'trigger', start, end, text: doc.text.slice(start, end), ruleId, sentence, type };
  if (hasBackgroundCue(doc.sentenceText(sentence))) m.background = true;
  return m;
}

export const typedTriggerRule: Rule<TriggerMention> = {
  id: 'trigger.type',
  description: 'Words that name an incident by type: "leaked", "derailed", "ran aground".',
  extract(doc) {
    const out: TriggerMention[] = [];
    for (const { type, re } of typed) {
      for (const m of matchSentences(doc, re, sentencesWith(doc, anyTriggerRe))) {
        if (isNegated(doc, m.sentence, m.start) || isStatistic(doc, m.sentence, m.start, m.match[0])) continue;
        out.push(make(doc, m.start, m.end, m.sentence, this.id, type));
      }
    }
    return out;
  },
};

export const anaphorTriggerRule: Rule<TriggerMention> = {
  id: 'trigger.anaphor',
  description: 'Words that refer to an incident without its type: "the incident", "the accident".',
  extract(doc) {
    const out: TriggerMention[] = [];
    for (const m of matchSentences(doc, anaphorRe, sentencesWith(doc, anyTriggerRe))) {
      if (isNegated(doc, m.sentence, m.start) || isStatistic(doc, m.sentence, m.start, m.match[0])) continue;
      out.push(make(doc, m.start, m.end, m.sentence, this.id, null));
    }
    return out;
  },
};

/** Drops triggers inside a longer trigger ("engine fire" beats "fire"); sorted by start. */
export function dropNestedTriggers(ms: TriggerMention[]): TriggerMention[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TriggerMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/**
 * A trigger that can open an incident: one naming its type, or one marked as another incident
 * ("a similar incident"). The assembly opens threads on these and the batch gate skips articles
 * without any; both read this one predicate so they cannot drift apart.
 */
export function opensIncident(t: TriggerMention): boolean {
  return t.type !== null || t.background === true;
}

const cache = new WeakMap<ExtractDoc, TriggerMention[]>();

/** Trigger mentions in text order (found once per doc: the batch gate and the extraction both read them). */
export function extractTriggers(doc: ExtractDoc): TriggerMention[] {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = dropNestedTriggers([...typedTriggerRule.extract(doc), ...anaphorTriggerRule.extract(doc)])));
  return found.map((m) => ({ ...m }));
}

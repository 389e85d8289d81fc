/**
 * Peer: compromise as shipped (no plugin, none of our lexicon words): `people()`,
 * `organizations()`, `places()` on each sentence. Each distinct person name (lower-cased) is one
 * entity, and a lone word joins the earlier name it ends ("Jobs" → "Steve Jobs"), so the peer is
 * not charged for coreference it never claims to do.
 */
import nlp from 'compromise';
import { trimSpan, type BenchDoc, type EntityPrediction, type Predictions, type Span } from '../predictions.ts';

type Json = { text: string; offset: { start: number; length: number } }[];

function spans(d: BenchDoc, pick: (v: ReturnType<typeof nlp>) => { json(o: object): unknown }): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  for (const s of d.sentences) {
    const json = pick(nlp(d.text.slice(s.start, s.end))).json({ offset: true }) as Json;
    for (const m of json) out.push({ text: m.text, span: trimSpan(d.text, s.start + m.offset.start, s.start + m.offset.start + m.offset.length) });
  }
  return out.filter((x) => x.span.end > x.span.start);
}

export function groupByName(found: { text: string; span: Span }[]): EntityPrediction[] {
  const people: EntityPrediction[] = [];
  for (const f of found) {
    const name = f.text.replace(/['’]s$|[.,;:]$/g, '').trim();
    const key = name.toLowerCase();
    const lone = !key.includes(' ');
    const hit = people.find((p) => p.name.toLowerCase() === key || (lone && p.name.toLowerCase().split(' ').pop() === key));
    if (hit) hit.mentions.push(f.span);
    else people.push({ name, mentions: [f.span] });
  }
  return people;
}

export function predictCompromise(d: BenchDoc): Predictions {
  return {
    people: groupByName(spans(d, (v) => v.people())),
    organizations: spans(d, (v) => v.organizations()).map((x) => x.span),
    locations: spans(d, (v) => v.places()).map((x) => x.span),
  };
}

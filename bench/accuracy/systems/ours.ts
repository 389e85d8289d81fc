/**
 * factwire's extractors (not the incident assembly) over a rebuilt MEANTIME article: one block
 * per gold sentence (headline as title, dateline, then paragraphs), the DCT as publication date.
 */
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractMentions } from '../../../src/extract/index.ts';
import { groupPeople } from '../../../src/extract/people/index.ts';
import type { Block, BlockKind } from '../../../src/ingest/types.ts';
import type { BenchDoc, Predictions } from '../predictions.ts';

export function toExtractDoc(d: BenchDoc): ExtractDoc {
  const kind = (i: number): BlockKind => (i === 0 ? 'title' : i === 1 ? 'dateline' : 'paragraph');
  const blocks: Block[] = d.sentences.map((s, i) => ({ kind: kind(i), start: s.start, end: s.end }));
  const sentences = d.sentences.map((s, i) => ({ start: s.start, end: s.end, block: i }));
  return new ExtractDoc({ text: d.text, blocks, sentences, published: d.dct });
}

const span = (m: { start: number; end: number }) => ({ start: m.start, end: m.end });

export function predictOurs(d: BenchDoc): Predictions {
  const m = extractMentions(toExtractDoc(d));
  return {
    dates: [...m.dates, ...m.vagueDates].map((x) => ({ ...span(x), value: x.value, type: x.timexType, granularity: x.granularity })),
    people: groupPeople(m.people).map((g) => ({ name: g.name, mentions: g.mentions.map(span) })),
    organizations: m.organizations.map(span),
    locations: [...m.locations, ...m.placeModifiers].map(span),
    // the gold's own test for a named vehicle mention: it holds a capitalised word ("Airbus jets",
    // not "the jet"), so references by maker count, bare type nouns do not
    vehicles: m.vehicles.filter((v) => !v.generic || (v.family !== undefined && /\p{Lu}/u.test(v.text))).map(span),
  };
}

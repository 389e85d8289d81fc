/**
 * Reads the MEANTIME corpus (CAT XML, see its README): rebuilds each article's text from the
 * tokens (one block per gold sentence: headline, dateline, body), keeps a token → offset table,
 * and lists the gold TIMEX3s and entity mentions with their spans in that text.
 * Adapted from MEANTIME (NewsReader, CC BY 4.0); nothing derived is written to the repo.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { detokenize, type TokenSpan } from './detok.ts';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type EntType = 'PER' | 'ORG' | 'LOC' | 'PRO' | 'FIN' | 'MIX';

export interface GoldTimex {
  id: string;
  type: TimexType;
  value: string;
  start: number;
  end: number;
  sentence: number;
  text: string;
}

export interface GoldMention {
  id: string;
  start: number;
  end: number;
  sentence: number;
  text: string;
  /** The ENTITY the mention refers to (REFERS_TO target), null when unlinked. */
  entity: string | null;
  entType: EntType | null;
  /** `syntactic_type`: "" when empty, null when absent (corpus-level mentions). */
  syntacticType: string | null;
  head: string;
}

export interface MeantimeDoc {
  id: string;
  corpus: string;
  text: string;
  /** One per gold sentence: [start, end) in `text`. */
  sentences: TokenSpan[];
  /** Publication date (the dateline TIMEX3), `YYYY-MM-DD`. */
  dct: string;
  /** Gold TIMEX3s with tokens, outside the dateline. */
  timexes: GoldTimex[];
  mentions: GoldMention[];
  /** ENTITY m_id → its descriptor (annotators' canonical name). */
  entityNames: Map<string, string>;
}

/** Sentences joined like ingest's blocks: blank line between. */
const BLOCK_SEP = '\n\n';

type Cheerio = ReturnType<typeof load>;

export function parseMeantime(xml: string, corpus: string): MeantimeDoc {
  const $ = load(xml, { xml: true });
  const { text, sentences, tokenSpan, tokenSentence } = rebuildText($);
  const spanOf = (el: unknown) => anchorSpan($, el, tokenSpan, tokenSentence);
  const id = $('Document').attr('doc_id') ?? '';
  const timexes: GoldTimex[] = [];
  let dct = '';
  $('Markables > TIMEX3').each((_, el) => {
    const s = spanOf(el);
    const value = $(el).attr('value') ?? '';
    if (!s) return;
    if (s.sentence === 1) {
      dct = fixDct(value);
      return;
    }
    timexes.push({ id: $(el).attr('m_id')!, type: $(el).attr('type') as TimexType, value, ...s, text: text.slice(s.start, s.end) });
  });
  const entities = new Map<string, { type: EntType; name: string }>();
  $('Markables > ENTITY').each((_, el) => {
    entities.set($(el).attr('m_id')!, { type: $(el).attr('ent_type') as EntType, name: $(el).attr('TAG_DESCRIPTOR') ?? '' });
  });
  const target = new Map<string, string>();
  $('Relations > REFERS_TO').each((_, el) => {
    const t = $(el).find('target').attr('m_id')!;
    $(el).find('source').each((__, s) => void target.set($(s).attr('m_id')!, t));
  });
  const mentions: GoldMention[] = [];
  $('Markables > ENTITY_MENTION').each((_, el) => {
    const s = spanOf(el);
    if (!s) return;
    const mId = $(el).attr('m_id')!;
    const entity = target.get(mId) ?? null;
    mentions.push({
      id: mId, ...s, text: text.slice(s.start, s.end), entity,
      entType: entity ? (entities.get(entity)?.type ?? null) : null,
      syntacticType: $(el).attr('syntactic_type') ?? null, head: $(el).attr('head') ?? '',
    });
  });
  const entityNames = new Map([...entities].map(([k, v]) => [k, v.name]));
  return { id, corpus, text, sentences, dct, timexes, mentions, entityNames };
}

/** Known bad DCT value in the corpus: day-month-year order ("03-02-2009"). */
function fixDct(v: string): string {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : v;
}

function rebuildText($: Cheerio) {
  const bySentence: { id: number; text: string }[][] = [];
  $('Document > token').each((_, el) => {
    const s = Number($(el).attr('sentence'));
    (bySentence[s] ??= []).push({ id: Number($(el).attr('t_id')), text: $(el).text() });
  });
  let text = '';
  const sentences: TokenSpan[] = [];
  const tokenSpan = new Map<number, TokenSpan>();
  const tokenSentence = new Map<number, number>();
  bySentence.forEach((toks, i) => {
    if (i > 0) text += BLOCK_SEP;
    const d = detokenize(toks.map((t) => t.text));
    toks.forEach((t, j) => {
      tokenSpan.set(t.id, { start: text.length + d.spans[j].start, end: text.length + d.spans[j].end });
      tokenSentence.set(t.id, i);
    });
    sentences.push({ start: text.length, end: text.length + d.text.length });
    text += d.text;
  });
  return { text, sentences, tokenSpan, tokenSentence };
}

/** [min start, max end) of the anchored tokens (10 mentions are non-contiguous), or null. */
function anchorSpan($: Cheerio, el: unknown, tokenSpan: Map<number, TokenSpan>, tokenSentence: Map<number, number>) {
  const ids = $(el as never).find('token_anchor').map((_, a) => Number($(a).attr('t_id'))).get() as number[];
  if (!ids.length) return null;
  const spans = ids.map((t) => tokenSpan.get(t)!);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)), sentence: tokenSentence.get(Math.min(...ids))! };
}

/** Every article of the four topic corpora, in a fixed order (corpus, then file name). */
export function loadMeantime(dir: string): MeantimeDoc[] {
  const root = path.join(dir, 'intra_cross-doc_annotation');
  const docs: MeantimeDoc[] = [];
  for (const sub of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const f of readdirSync(path.join(root, sub)).filter((x) => x.endsWith('.xml')).sort()) {
      docs.push(parseMeantime(readFileSync(path.join(root, sub, f), 'utf8'), sub.replace(/^corpus_/, '')));
    }
  }
  return docs;
}

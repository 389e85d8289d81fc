/**
 * Reads the ECB+ benchmark (CAT XML) as articles factwire can ingest: text rebuilt from the
 * tokens (sentence 0 of an ecbplus file is its URL, which becomes metadata), the publication
 * date from the EventStoryLine v1.5 DCT where it marks one, and the gold sub-topic of each
 * document from `topics.tsv`. Nothing is written inside the repo.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detokenize } from './detok.ts';

export interface TopicRow {
  topic: string;
  subtopic: string;
  goldCluster: string;
  topicClass: string;
}

export interface EcbDoc {
  /** `<topic>/<topic>_<n>ecb` or `…ecbplus` */
  id: string;
  topic: string;
  gold: string;
  text: string;
  url: string | null;
  published: string | null;
}

export function readTopics(dir: string): TopicRow[] {
  const lines = readFileSync(path.join(dir, 'topics.tsv'), 'utf8').split('\n').filter(Boolean).slice(1);
  return lines.map((l) => {
    const [topic, subtopic, goldCluster, , topicClass] = l.split('\t');
    return { topic, subtopic, goldCluster, topicClass };
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);

/** Tokens grouped by sentence, in document order. */
export function sentencesOf(xml: string): string[][] {
  const out: string[][] = [];
  for (const m of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[1]);
    (out[s] ??= []).push(unescape(m[2]));
  }
  return out.filter((s) => s && s.length > 0);
}

/** The DCT value marked by EventStoryLine, as YYYY-MM-DD (zero-padded), or null. */
export function dctOf(xml: string): string | null {
  const m = xml.match(/<TIME_DATE\b[^>]*\bDCT="TRUE"[^>]*\bvalue="(\d{4})-(\d{1,2})-(\d{1,2})/);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

export function readDoc(dir: string, topic: string, file: string, gold: string, eslDir: string | null): EcbDoc {
  const xml = readFileSync(path.join(dir, 'ECB+', topic, file), 'utf8');
  const sentences = sentencesOf(xml);
  const plus = file.endsWith('ecbplus.xml');
  const url = plus ? sentences[0].join('') : null;
  const body = (plus ? sentences.slice(1) : sentences).map(detokenize);
  const esl = eslDir ? path.join(eslDir, topic, `${file}.xml`) : null;
  const published = esl && existsSync(esl) ? dctOf(readFileSync(esl, 'utf8')) : null;
  return { id: `${topic}/${file.replace(/\.xml$/, '')}`, topic, gold, text: body.join('\n') + '\n', url, published };
}

/** Every document of the topics of one class ("incident"), each with its gold sub-topic. */
export function readClass(dir: string, topicClass: string, eslDir: string | null): EcbDoc[] {
  const rows = readTopics(dir).filter((r) => r.topicClass === topicClass);
  const docs: EcbDoc[] = [];
  for (const topic of [...new Set(rows.map((r) => r.topic))]) {
    for (const file of readdirSync(path.join(dir, 'ECB+', topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const sub = file.endsWith('ecbplus.xml') ? 'ecbplus' : 'ecb';
      const row = rows.find((r) => r.topic === topic && r.subtopic === sub);
      if (row) docs.push(readDoc(dir, topic, file, row.goldCluster, eslDir));
    }
  }
  return docs;
}

/**
 * Writes the documents as a factwire corpus (`<topic>/<doc>.txt` + `.meta.json` with url, host as
 * source, and publication date) under `out`, outside the repo (output/ is not committed).
 */
export function stageCorpus(docs: EcbDoc[], out: string): void {
  for (const d of docs) {
    const file = path.join(out, `${d.id}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, d.text);
    const source = d.url ? new URL(d.url).hostname.replace(/^www\./, '') : null;
    writeFileSync(file.replace(/\.txt$/, '.meta.json'), JSON.stringify({ url: d.url, source, published: d.published }));
  }
}

/**
 * What the ingest stage hands to extraction: the cleaned text the evidence offsets point into,
 * its metadata (with where each piece came from), its blocks and sentences with offsets, and
 * the diagnostics gathered on the way (carried with the document, never thrown across a batch).
 */
import type { ArticleMeta, Diagnostic } from '../schema/index.ts';

export type InputFormat = 'text' | 'html' | 'json';

/** One file of a corpus, as found by discovery. */
export interface RawInput {
  /** Article id: path inside the corpus folder without extension, `/` separated. */
  id: string;
  /** Path of the file, as given or found. */
  file: string;
  bytes: Uint8Array;
  /** Bytes of `<id>.meta.json` beside the file, when there is one. */
  sidecar?: Uint8Array;
  sidecarFile?: string;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'dateline';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `blocks`. */
  block: number;
}

export interface IngestedArticle {
  id: string;
  file: string;
  format: InputFormat;
  /** Cleaned text: blocks joined by "\n\n". Evidence offsets point into it. */
  text: string;
  meta: ArticleMeta;
  blocks: Block[];
  sentences: Sentence[];
  diagnostics: Diagnostic[];
}

/** A file that cannot be ingested: reported in the manifest, the run goes on. */
export interface IngestFailure {
  code: string;
  message: string;
}

export type IngestResult = { ok: true; article: IngestedArticle } | { ok: false; error: IngestFailure };

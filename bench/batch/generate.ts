/**
 * A synthetic corpus of N varied articles for batch benchmarks and scale tests, the same for
 * the same N and seed: about half are template articles (templates.ts: headline, byline,
 * 8–12 paragraphs of incident prose with a sidecar), the rest are the team corpus's articles
 * in their own formats (txt, html, json), each with a template paragraph inserted and its
 * publication date moved, so that no two files have the same bytes.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../lib/data.ts';
import { AGENCIES, CAUSES, CONSEQUENCES, FAMILIES, FIRST_NAMES, MONTHS, OPERATORS, PLACES, ROLES, SURNAMES, WEEKDAYS, type Family } from './templates.ts';

/** mulberry32: a small seeded PRNG (deterministic corpora). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function cast(r: Rand, f: Family): Record<string, string> {
  const person = () => `${pick(r, FIRST_NAMES)} ${pick(r, SURNAMES)}`;
  const operator = pick(r, OPERATORS);
  const year = 2019 + Math.floor(r() * 7);
  return {
    vehicle: pick(r, f.vehicles),
    noun: pick(r, f.noun),
    event: pick(r, f.events),
    operator,
    agency: pick(r, AGENCIES),
    place: pick(r, PLACES),
    place2: pick(r, PLACES),
    person: person(),
    person2: person(),
    role: pick(r, ROLES).replace('{operator}', operator),
    cause: pick(r, CAUSES),
    consequence: pick(r, CONSEQUENCES),
    weekday: pick(r, WEEKDAYS),
    month: pick(r, MONTHS),
    months: String(2 + Math.floor(r() * 20)),
    count: String(12 + Math.floor(r() * 400)),
    year: String(year),
    yearBefore: String(year - 1 - Math.floor(r() * 4)),
  };
}

const fill = (s: string, c: Record<string, string>) => {
  const out = s.replace(/\{(\w+)\}/g, (_, k: string) => c[k] ?? k);
  return out[0].toUpperCase() + out.slice(1);
};

function paragraph(r: Rand, f: Family, c: Record<string, string>): string {
  const n = 2 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => fill(pick(r, f.body), c)).join(' ');
}

function publishedDate(r: Rand, year: string): string {
  const d = new Date(Date.UTC(Number(year), 0, 1) + Math.floor(r() * 365) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function templateArticle(r: Rand): { text: string; meta: object } {
  const f = pick(r, FAMILIES);
  const c = cast(r, f);
  const paragraphs = [fill(pick(r, f.ledes), c), ...Array.from({ length: 8 + Math.floor(r() * 5) }, () => paragraph(r, f, c))];
  const headline = fill(pick(r, f.headlines), c);
  const text = `${headline}\n\nBy ${c.person2}\n\n${paragraphs.join('\n\n')}\n`;
  return { text, meta: { title: headline, source: `${c.place} Courier`, url: null, published: publishedDate(r, c.year) } };
}

interface Seed {
  rel: string;
  bytes: Buffer;
  meta?: Record<string, unknown>;
}

async function teamCorpus(dir: string): Promise<Seed[]> {
  const files = ((await readdir(dir, { recursive: true })) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(txt|html?|json)$/.test(f) && !f.endsWith('.meta.json') && !/README/i.test(f))
    .sort();
  return Promise.all(
    files.map(async (rel) => {
      const sidecar = path.join(dir, rel.replace(/\.[^.]+$/, '.meta.json'));
      const meta = await readFile(sidecar, 'utf8').then((s) => JSON.parse(s) as Record<string, unknown>, () => undefined);
      return { rel, bytes: await readFile(path.join(dir, rel)), ...(meta ? { meta } : {}) };
    }),
  );
}

/** The template family that matches a team-corpus article's folder (ships/, rail/…; the rest: space). */
function familyOf(rel: string): Family {
  const folder: Record<string, string> = { ships: 'ship', rail: 'rail', aircraft: 'aircraft', road: 'road' };
  const kind = folder[rel.split('/')[0]] ?? 'space';
  return FAMILIES.find((f) => f.kind === kind) ?? FAMILIES[0];
}

/** Inserts a paragraph into an article of any of our formats. */
function withParagraph(seed: Seed, para: string): string {
  const text = seed.bytes.toString('latin1'); // byte-preserving for windows-1252 pages
  if (seed.rel.endsWith('.txt')) {
    const parts = text.split('\n\n');
    parts.splice(Math.min(3, parts.length), 0, para);
    return parts.join('\n\n');
  }
  if (seed.rel.endsWith('.json')) {
    const j = JSON.parse(seed.bytes.toString('utf8')) as Record<string, string>;
    if (typeof j.text === 'string') j.text = `${j.text}\n\n${para}`;
    else if (typeof j.html === 'string') j.html = insertHtml(j.html, para);
    return JSON.stringify(j, null, 2);
  }
  return insertHtml(text, para);
}

function insertHtml(html: string, para: string): string {
  const at = html.indexOf('</p>');
  return at < 0 ? html : `${html.slice(0, at + 4)}\n<p>${para}</p>${html.slice(at + 4)}`;
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Writes N articles (and their sidecars) under `dir`, in folders of at most 500. */
export async function generateCorpus(dir: string, n: number, seed = 6): Promise<GeneratedCorpus> {
  const r = prng(seed);
  const seeds = await teamCorpus(path.join(REPO_ROOT, 'corpus'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / 500)).padStart(4, '0')}`);
    await mkdir(folder, { recursive: true });
    const base = `article-${String(i).padStart(6, '0')}`;
    if (r() < 0.5) {
      const a = templateArticle(r);
      await writeFile(path.join(folder, `${base}.txt`), a.text);
      await writeFile(path.join(folder, `${base}.meta.json`), JSON.stringify(a.meta));
      bytes += Buffer.byteLength(a.text);
      continue;
    }
    const s = pick(r, seeds);
    const f = familyOf(s.rel);
    const para = paragraph(r, f, cast(r, f));
    const ext = path.extname(s.rel);
    const body = withParagraph(s, para);
    const enc = s.rel.endsWith('.json') ? 'utf8' : 'latin1';
    await writeFile(path.join(folder, base + ext), body, enc);
    bytes += Buffer.byteLength(body, enc);
    if (s.meta) {
      const published = typeof s.meta.published === 'string' ? publishedDate(r, s.meta.published.slice(0, 4)) : null;
      await writeFile(path.join(folder, `${base}.meta.json`), JSON.stringify({ ...s.meta, published }));
    }
  }
  return { dir, files: n, bytes };
}

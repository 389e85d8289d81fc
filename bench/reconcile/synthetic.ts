/**
 * A synthetic set of incident records for timing the reconciler: invented incidents, each told
 * by one to several articles with varying detail (date granularity, name typos, counts, a
 * background incident now and then, some syndicated copies), and a short text per article.
 * Name pools grow with the set, as they do in real news; everything comes from a seeded PRNG,
 * so a size always gives the same records.
 */
import { SCHEMA_VERSION, type ArticleRecord, type Incident } from '../../src/schema/index.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'sol', 'ra', 'den', 'bru', 'fen', 'gal', 'hor', 'is', 'jor', 'kel', 'lun', 'mo', 'nar', 'os', 'pel', 'quin', 'ros', 'sta', 'tor', 'ul', 'var', 'wen', 'yar', 'zel', 'ber'];
const TYPES = ['fire', 'collision', 'grounding', 'leak', 'derailment', 'crash', 'explosion', 'earthquake', 'shooting', 'robbery', 'capsize', 'engine failure'];
const FAMILIES = ['Progress MS', 'Soyuz MS', 'Train', 'Flight QX', 'Flight ZR', 'Bus', 'Tram', 'Cygnus NG'];
const COUNTRIES = Array.from({ length: 30 }, (_, i) => `Land${String.fromCharCode(65 + (i % 26))}${i}`);

interface World {
  type: string;
  day: string;
  place: string;
  country: string;
  vehicle: string | null;
  people: [string, string][];
  count: number;
  words: string[];
}

export interface SyntheticSet {
  records: ArticleRecord[];
  texts: Map<string, string>;
  /** The invented incident each per-article incident tells (`<article>#<incident>` → its index): the truth to score clustering at scale. */
  truth: Map<string, number>;
}

const fact = (text: string) => ({ evidence: [{ start: 0, end: text.length, quote: text }], ruleId: 'synthetic' });

export function syntheticRecords(n: number, seed = 7): SyntheticSet {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const word = (k: number) => Array.from({ length: k }, () => pick(SYLLABLES)).join('');
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const pool = (size: number, make: () => string) => Array.from({ length: size }, make);
  const places = pool(Math.max(200, Math.floor(n / 8)), () => `${cap(word(2))} ${pick(['Harbour', 'Street', 'Junction', 'Bay', 'Valley', 'Station'])}`);
  const given = pool(400, () => cap(word(2)));
  const family = pool(Math.max(300, Math.floor(n / 3)), () => cap(word(3)));
  const vocab = pool(2000 + Math.floor(n / 10), () => word(2 + Math.floor(rnd() * 2)));
  const zipf = () => vocab[Math.floor(vocab.length * rnd() ** 3)];
  const day = () => {
    const t = Date.UTC(2010, 0, 1) + Math.floor(rnd() * 17 * 365) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const worlds: World[] = [];
  const newWorld = (): World => {
    const vehicle = rnd() < 0.35 ? `MV ${cap(word(2))} ${cap(word(2))}` : rnd() < 0.4 ? `${pick(FAMILIES)}-${1 + Math.floor(rnd() * 99)}` : null;
    return { type: pick(TYPES), day: day(), place: pick(places), country: pick(COUNTRIES), vehicle, people: [[pick(given), pick(family)], [pick(given), pick(family)]], count: 1 + Math.floor(rnd() * 40), words: pool(8, () => word(3)) };
  };
  const records: ArticleRecord[] = [];
  const texts = new Map<string, string>();
  const truth = new Map<string, number>();
  while (records.length < n) {
    const w = newWorld();
    worlds.push(w);
    const reports = 1 + Math.floor(-Math.log(1 - rnd()) * 1.6);
    let lastText = '';
    for (let k = 0; k < reports && records.length < n; k++) {
      const id = `synth/${String(records.length).padStart(7, '0')}`;
      const typo = rnd() < 0.2;
      const [g, f] = w.people[0];
      const surname = typo ? f.slice(0, -1) + f.slice(-1).repeat(2) : f;
      const value = rnd() < 0.7 ? w.day : rnd() < 0.67 ? w.day.slice(0, 7) : null;
      const count = rnd() < 0.7 ? w.count : w.count + 1 + Math.floor(rnd() * 3);
      const main: Incident = {
        id: 'main', type: w.type, mention: 'main', summary: `${w.type} at ${w.place}.`,
        vehicles: w.vehicle ? [{ name: w.vehicle, kind: 'ship', aliases: [], ...fact(w.vehicle) }] : [],
        dates: value ? [{ text: value, value, role: 'occurred', ...fact(value) }] : [],
        people: [{ name: `${g} ${surname}`, variants: [surname], ...fact(`${g} ${surname}`) }, ...(rnd() < 0.5 ? [{ name: w.people[1].join(' '), variants: [], ...fact(w.people[1].join(' ')) }] : [])],
        organizations: [],
        locations: [{ name: w.place, ...fact(w.place) }, { name: w.country, ...fact(w.country) }],
        causes: [],
        consequences: [{ text: `${count} injured`, ...fact(`${count} injured`) }],
      };
      const incidents = [main];
      truth.set(`${id}#main`, worlds.length - 1);
      if (rnd() < 0.2 && worlds.length > 1) {
        const oi = Math.floor(rnd() * (worlds.length - 1));
        const o = worlds[oi];
        truth.set(`${id}#bg`, oi);
        incidents.push({ ...main, id: 'bg', mention: 'background', type: o.type, summary: `${o.type}.`, vehicles: o.vehicle ? [{ name: o.vehicle, kind: 'ship', aliases: [], ...fact(o.vehicle) }] : [], dates: [{ text: o.day.slice(0, 7), value: o.day.slice(0, 7), role: 'occurred', ...fact(o.day) }], people: [], locations: [{ name: o.place, ...fact(o.place) }], consequences: [] });
      }
      const copy = k > 0 && rnd() < 0.1;
      const text = copy ? lastText : `${w.type} at ${w.place} in ${w.country}: ${count} injured, ${g} ${surname} said. ${[...w.words.filter(() => rnd() < 0.7), ...Array.from({ length: 30 }, zipf)].sort(() => rnd() - 0.5).join(' ')}.`;
      lastText = text;
      const published = new Date(Date.parse(w.day) + Math.floor(rnd() * 4) * 86_400_000).toISOString().slice(0, 10);
      records.push({ schemaVersion: SCHEMA_VERSION, article: { id, source: `outlet-${Math.floor(rnd() * 500)}`, url: null, title: null, published }, incidents, diagnostics: [] });
      texts.set(id, text);
    }
  }
  return { records, texts, truth };
}

/**
 * Peer: compromise-dates (the compromise plugin) as shipped, on each sentence, `today` = DCT,
 * time zone UTC. `dates()` → DATE (TIME when it carries a time of day), value from its start
 * at its `unit` (day, week, month, quarter, year); `durations()` → DURATION (`P2W`, `PT10H`);
 * `times()` not inside a date → TIME with an unknown day.
 * Loads the plugin into compromise: run it in its own process (see worker.ts).
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { trimSpan, type BenchDoc, type DatePrediction, type Predictions } from '../predictions.ts';

const nlpDates = nlp.extend(datesPlugin);

interface DateJson {
  text: string;
  offset: { start: number; length: number };
  dates?: { start: string | null; unit?: string };
  duration?: Record<string, number>;
  time?: { hour: number; minute: number };
}

/** ISO week of a UTC date: "2008-W09". */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${String(week).padStart(2, '0')}`;
}

export function compromiseDateValue(start: string, unit?: string): Pick<DatePrediction, 'value' | 'type'> {
  const d = new Date(start);
  const iso = d.toISOString();
  if (unit === 'year') return { value: iso.slice(0, 4), type: 'DATE' };
  if (unit === 'quarter') return { value: `${iso.slice(0, 4)}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`, type: 'DATE' };
  if (unit === 'month') return { value: iso.slice(0, 7), type: 'DATE' };
  if (unit === 'week') return { value: isoWeek(d), type: 'DATE' };
  if (iso.slice(11, 16) !== '00:00') return { value: iso.slice(0, 16), type: 'TIME' };
  return { value: iso.slice(0, 10), type: 'DATE' };
}

const DURATION_UNITS: [string, string, boolean][] = [
  ['year', 'Y', false], ['years', 'Y', false], ['month', 'M', false], ['months', 'M', false], ['week', 'W', false], ['weeks', 'W', false],
  ['day', 'D', false], ['days', 'D', false], ['hour', 'H', true], ['hours', 'H', true], ['minute', 'M', true], ['minutes', 'M', true],
];

export function durationValue(dur: Record<string, number>): string {
  let date = '';
  let time = '';
  for (const [k, letter, isTime] of DURATION_UNITS) {
    if (!dur[k]) continue;
    if (isTime) time += `${dur[k]}${letter}`;
    else date += `${dur[k]}${letter}`;
  }
  return date || time ? `P${date}${time ? `T${time}` : ''}` : 'PXX';
}

/** The plugin throws on some sentences (a spacetime error): that sentence's call yields nothing, counted in `failures`. */
function attempt<T>(f: () => T[], failed: () => void): T[] {
  try {
    return f();
  } catch {
    failed();
    return [];
  }
}

export function predictCompromiseDates(d: BenchDoc): Predictions {
  const out: DatePrediction[] = [];
  let failures = 0;
  const failed = () => void failures++;
  const context = { today: d.dct, timezone: 'UTC' };
  for (const s of d.sentences) {
    const view = nlpDates(d.text.slice(s.start, s.end));
    const at = (m: DateJson) => trimSpan(d.text, s.start + m.offset.start, s.start + m.offset.start + m.offset.length);
    const free = (sp: { start: number; end: number }) => !out.some((o) => o.start < sp.end && sp.start < o.end);
    for (const m of attempt(() => view.dates(context).json({ offset: true }) as DateJson[], failed)) {
      if (m.dates?.start) out.push({ ...at(m), ...compromiseDateValue(m.dates.start, m.dates.unit) });
    }
    for (const m of attempt(() => view.durations().json({ offset: true }) as DateJson[], failed)) {
      const sp = at(m);
      if (free(sp) && m.duration) out.push({ ...sp, value: durationValue(m.duration), type: 'DURATION' });
    }
    for (const m of attempt(() => view.times().json({ offset: true }) as DateJson[], failed)) {
      const sp = at(m);
      if (free(sp) && m.time) out.push({ ...sp, value: `XXXX-XX-XXT${String(m.time.hour).padStart(2, '0')}:${String(m.time.minute).padStart(2, '0')}`, type: 'TIME' });
    }
  }
  return { dates: out.filter((x) => x.end > x.start), failures };
}

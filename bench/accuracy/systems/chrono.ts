/**
 * Peer: chrono-node's casual English parser, as shipped, on each sentence with the DCT as
 * reference. Value: what chrono says is certain, at that granularity (TimeML style):
 * a time → `YYYY-MM-DDTHH:MM`, a day or weekday → `YYYY-MM-DD`, a month → `YYYY-MM`, a year → `YYYY`.
 */
import * as chrono from 'chrono-node';
import { trimSpan, type BenchDoc, type DatePrediction, type Predictions } from '../predictions.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function chronoValue(c: chrono.ParsedComponents): Pick<DatePrediction, 'value' | 'type'> {
  const ymd = `${pad(c.get('year')!, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('hour')) return { value: `${ymd}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, type: 'TIME' };
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: ymd, type: 'DATE' };
  if (c.isCertain('month')) return { value: ymd.slice(0, 7), type: 'DATE' };
  if (c.isCertain('year')) return { value: ymd.slice(0, 4), type: 'DATE' };
  return { value: ymd, type: 'DATE' };
}

export function predictChrono(d: BenchDoc): Predictions {
  const instant = new Date(`${d.dct}T12:00:00Z`);
  const dates: DatePrediction[] = [];
  for (const s of d.sentences) {
    for (const r of chrono.casual.parse(d.text.slice(s.start, s.end), { instant, timezone: 'UTC' })) {
      const sp = trimSpan(d.text, s.start + r.index, s.start + r.index + r.text.length);
      dates.push({ ...sp, ...chronoValue(r.start) });
    }
  }
  return { dates };
}

/**
 * Charts as inline SVG, computed when the report is built: no script, no library, no network
 * at view time. Colours come from CSS classes (so dark mode and the kind palette apply); every
 * chart has a text equivalent next to it (a table or a list), and the SVG itself is hidden
 * from screen readers and from the tab order.
 */
import { FACT_KINDS, type FactKindKey } from './data/kinds.ts';
import { html, type Html } from './html.ts';
import type { TimelineEntry } from './timeline.ts';

const BAR = { width: 640, row: 28, label: 150, gap: 6, countRoom: 60 };

/** Horizontal bars, one per kind, with the kind's label and count written beside the bar. */
export function factsChart(counts: Partial<Record<FactKindKey, number>>): Html {
  const max = Math.max(1, ...FACT_KINDS.map((k) => counts[k.key] ?? 0));
  const span = BAR.width - BAR.label - BAR.countRoom;
  const rows = FACT_KINDS.map((k, i) => {
    const n = counts[k.key] ?? 0;
    const y = i * BAR.row;
    const w = Math.round((n / max) * span * 10) / 10;
    return html`<g><text class="chart-label" x="${BAR.label - 8}" y="${y + BAR.row / 2 + 5}" text-anchor="end">${k.label}</text><rect class="bar k-${k.key}" x="${BAR.label}" y="${y + BAR.gap / 2}" width="${w}" height="${BAR.row - BAR.gap}" rx="3"></rect><text class="chart-count" x="${BAR.label + w + 6}" y="${y + BAR.row / 2 + 5}">${n}</text></g>`;
  });
  const h = FACT_KINDS.length * BAR.row;
  return html`<svg class="chart" viewBox="0 0 ${BAR.width} ${h}" width="${BAR.width}" height="${h}" aria-hidden="true" focusable="false">${rows}</svg>`;
}

const TL = { width: 1000, pad: 24, row: 18, axis: 26, minGap: 14, r: 6, breakGap: 22 };
const DAY = 86_400_000;

export interface YearBand {
  year: number;
  x: number;
  width: number;
}

/**
 * A broken axis: one band per year that has an incident, wider for busier years (weight
 * 1 + count), years with none left out and marked by a gap; inside a band, days are linear.
 * Dated incidents span decades (background mentions) but cluster in recent months, and a
 * linear axis would crush the cluster into a few pixels.
 */
export function yearBands(days: readonly number[], width = TL.width, pad = TL.pad): YearBand[] {
  const counts = new Map<number, number>();
  for (const d of days) {
    const y = new Date(d * DAY).getUTCFullYear();
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const years = [...counts.keys()].sort((a, b) => a - b);
  const gaps = years.filter((y, i) => i > 0 && y !== years[i - 1] + 1).length;
  const weight = years.reduce((n, y) => n + 1 + counts.get(y)!, 0);
  const room = width - 2 * pad - gaps * TL.breakGap;
  let x = pad;
  return years.map((year, i) => {
    if (i > 0 && year !== years[i - 1] + 1) x += TL.breakGap;
    const band = { year, x, width: (room * (1 + counts.get(year)!)) / weight };
    x += band.width;
    return band;
  });
}

/** The x of a day on the broken axis. */
export function bandX(bands: readonly YearBand[], day: number): number {
  const date = new Date(day * DAY);
  const y = date.getUTCFullYear();
  const band = bands.find((b) => b.year === y);
  if (!band) throw new Error(`no band for year ${y}`);
  const start = Date.UTC(y, 0, 1) / DAY;
  const length = Date.UTC(y + 1, 0, 1) / DAY - start;
  return band.x + ((day - start + 0.5) / length) * band.width;
}

/** Rows for dots closer than `minGap` px, so none hides another. */
function stack(xs: number[]): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let row = lastX.findIndex((last) => x - last >= TL.minGap);
    if (row < 0) row = lastX.length;
    lastX[row] = x;
    return row;
  });
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * One dot per dated incident on the year axis; a filled dot when some article reports it as
 * its main story, a hollow one when it is only mentioned as background.
 */
export function timelineChart(entries: readonly TimelineEntry[], hrefOf: (id: string) => string): Html {
  const dated = entries.filter((e) => e.point);
  if (dated.length === 0) return html``;
  const bands = yearBands(dated.map((e) => e.point!.day));
  const xs = dated.map((e) => bandX(bands, e.point!.day));
  const rows = stack(xs);
  const h = TL.axis + (Math.max(...rows) + 1) * TL.row + 4;
  const ticks = bands.map(
    (b, i) =>
      html`<line class="tick" x1="${r1(b.x)}" x2="${r1(b.x)}" y1="${TL.axis - 8}" y2="${h}"></line><text class="chart-label" x="${r1(b.x + 3)}" y="${TL.axis - 12}">${b.year}</text><line class="axis" x1="${r1(b.x)}" x2="${r1(b.x + b.width)}" y1="${TL.axis - 8}" y2="${TL.axis - 8}"></line>${
        i > 0 && bands[i - 1].year !== b.year - 1 ? html`<text class="chart-label axis-break" x="${r1(b.x - TL.breakGap / 2)}" y="${TL.axis - 4}" text-anchor="middle">⋯</text>` : ''
      }`,
  );
  const dots = dated.map((e, i) => {
    const y = TL.axis + rows[i] * TL.row + TL.row / 2;
    const bg = e.incident.members.every((m) => m.mention === 'background');
    return html`<a href="${hrefOf(e.incident.id)}" tabindex="-1"><circle class="dot${bg ? ' background' : ''}" cx="${r1(xs[i])}" cy="${y}" r="${TL.r}"><title>${e.value}: ${e.incident.summary}</title></circle></a>`;
  });
  return html`<svg class="chart timeline-chart" viewBox="0 0 ${TL.width} ${h}" aria-hidden="true" focusable="false">${ticks}${dots}</svg>`;
}

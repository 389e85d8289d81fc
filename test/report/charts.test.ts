import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { bandX, factsChart, timelineChart, yearBands } from '../../src/report/charts.ts';
import type { ReconciledIncident } from '../../src/schema/index.ts';
import { timeline } from '../../src/report/timeline.ts';

const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('yearBands', () => {
  it('gives one band per year with an incident, busier years wider, empty years left out', () => {
    const bands = yearBands([day(2016, 2), day(2025, 5), day(2026, 1), day(2026, 3), day(2026, 9)], 1000, 20);
    expect(bands.map((b) => b.year)).toEqual([2016, 2025, 2026]);
    expect(bands[2].width).toBeGreaterThan(bands[1].width);
    expect(bands[1].width).toBeCloseTo(bands[0].width * 1.0);
    expect(bands[1].x).toBeGreaterThan(bands[0].x + bands[0].width); // the break between 2016 and 2025
    expect(bands[2].x).toBeCloseTo(bands[1].x + bands[1].width); // consecutive years touch
    expect(bands[2].x + bands[2].width).toBeLessThanOrEqual(980.001);
  });
  it('places days in order inside and across bands', () => {
    const days = [day(2016, 2), day(2025, 5), day(2026, 1), day(2026, 3), day(2026, 12, 31)];
    const bands = yearBands(days);
    const xs = days.map((d) => bandX(bands, d));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });
});

describe('factsChart', () => {
  it('draws one bar per kind with its count written beside it', () => {
    const $ = cheerio.load(factsChart({ vehicles: 4, dates: 8 }).toString());
    expect($('rect.bar')).toHaveLength(7);
    expect(Number($('rect.k-dates').attr('width'))).toBeCloseTo(2 * Number($('rect.k-vehicles').attr('width')));
    expect($('text.chart-count').map((_, el) => $(el).text()).get()).toEqual(['4', '8', '0', '0', '0', '0', '0']);
  });
});

describe('timelineChart', () => {
  const inc = (id: string, value: string | null, mention: 'main' | 'background' = 'main') =>
    ({ id, type: 'leak', summary: `<b>${id}</b>`, disagreements: [], members: [{ article: 'a', incident: id, mention }], dates: value ? [{ value, role: 'occurred' }] : [] }) as unknown as ReconciledIncident;

  it('draws a dot per dated incident, linked, hollow for background-only, titles escaped', () => {
    const $ = cheerio.load(timelineChart(timeline([inc('x', '2026-03-01'), inc('y', '2021-02', 'background'), inc('z', null)]), (id) => `incidents/${id}.html`).toString(), { xml: true });
    expect($('circle')).toHaveLength(2);
    expect($('circle.background')).toHaveLength(1);
    expect($('a').map((_, el) => $(el).attr('href')).get()).toEqual(['incidents/y.html', 'incidents/x.html']);
    expect($('title').first().text()).toBe('2021-02: <b>y</b>');
  });
  it('draws nothing when no incident is dated (negative case)', () => {
    expect(timelineChart(timeline([inc('z', null)]), (id) => id).toString()).toBe('');
  });
});

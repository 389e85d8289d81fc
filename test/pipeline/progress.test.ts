/** Progress: which display, what its line says, when lines are printed, what --json prints. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatSeconds, pickMode, ProgressState } from '../../src/output/progress.ts';
import type { RunEvent } from '../../src/pipeline/run.ts';
import type { Manifest } from '../../src/schema/index.ts';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

const article = (done: number, failed = 0): RunEvent => ({ type: 'article', id: `a/${done}`, file: `c/a/${done}.txt`, status: 'done', done, failed, cached: 0 });

describe('pickMode', () => {
  it.each([
    [{ isTTY: true, ci: false }, 'bar'],
    [{ isTTY: true, ci: true }, 'lines'],
    [{ isTTY: false, ci: false }, 'lines'],
    [{ isTTY: true, ci: false, quiet: true }, 'quiet'],
    [{ isTTY: false, ci: true, json: true }, 'json'],
    [{ isTTY: true, ci: false, json: true, quiet: true }, 'json'],
  ])('%j → %s', (o, want) => expect(pickMode(o)).toBe(want));
});

describe('ProgressState', () => {
  it('says done/total, percent, rate, ETA, errors and cached', () => {
    let t = 0;
    const s = new ProgressState(() => t);
    s.update({ type: 'total', total: 100 });
    t = 10_000;
    s.update(article(25, 2));
    expect(s.line()).toBe('factwire: 25/100 articles (25%), 2.5/s, ETA 30s, 2 errors, 0 cached');
  });
  it('an unknown total gives no ETA', () => {
    let t = 0;
    const s = new ProgressState(() => t);
    t = 1000;
    s.update(article(3));
    expect(s.line()).toBe('factwire: 3 articles, 3.0/s, ETA ?, 0 errors, 0 cached');
  });
  it.each([[5, '5s'], [65, '1m05s'], [3725, '1h02m']])('formatSeconds(%d) = %s', (s, want) => expect(formatSeconds(s)).toBe(want));
});

describe('createProgress', () => {
  it('lines: one every interval, not one per article', () => {
    let t = 0;
    const err = sink();
    const p = createProgress({ mode: 'lines', err, interval: 5, now: () => t });
    for (let i = 1; i <= 100; i++) {
      t = i * 200; // 5 articles a second for 20 s
      p.onEvent(article(i));
    }
    expect(err.text().trim().split('\n')).toHaveLength(4);
  });

  it('json: every event is one JSON line; the end event has the summary, not the per-article lists', () => {
    const out = sink();
    const p = createProgress({ mode: 'json', out });
    const manifest = { counts: { articles: 1 }, errors: [{ code: 'x' }], warnings: [] } as unknown as Manifest;
    p.onEvent({ type: 'total', total: 1 });
    p.onEvent(article(1));
    p.onEvent({ type: 'end', manifest, manifestFile: 'out/manifest.json' });
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.type)).toEqual(['total', 'article', 'end']);
    expect(lines[2]).toEqual({ type: 'end', manifestFile: 'out/manifest.json', counts: { articles: 1 } });
  });

  it('quiet prints nothing', () => {
    const out = sink();
    const err = sink();
    const p = createProgress({ mode: 'quiet', out, err });
    p.onEvent(article(1));
    expect(out.text() + err.text()).toBe('');
  });
});

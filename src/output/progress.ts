/**
 * How a run shows its progress, chosen by the command line:
 * - `bar`: on a terminal, a live bar (cli-progress) with done/total, rate, ETA, errors so far
 *   and the article in hand;
 * - `lines`: when piped or in CI, one plain line every few seconds (and one at the end);
 * - `json`: every run event as one JSON line on stdout (machine-readable);
 * - `quiet`: nothing.
 * Progress goes to stderr (bar, lines) so that stdout stays for results.
 */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';
import type { RunEvent } from '../pipeline/run.ts';

export type ProgressMode = 'bar' | 'lines' | 'json' | 'quiet';

export interface Progress {
  onEvent(e: RunEvent): void;
  /** Stops the bar or the timer (also on a failed run). */
  stop(): void;
}

export interface ProgressOptions {
  mode: ProgressMode;
  /** Where bar and lines go (default stderr); json goes to `out` (default stdout). */
  err?: Writable;
  out?: Writable;
  /** Seconds between plain lines (default 5). */
  interval?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export function pickMode(o: { quiet?: boolean; json?: boolean; isTTY: boolean; ci: boolean }): ProgressMode {
  if (o.json) return 'json';
  if (o.quiet) return 'quiet';
  return o.isTTY && !o.ci ? 'bar' : 'lines';
}

/** Counters every renderer reads, updated from events. */
export class ProgressState {
  total: number | null = null;
  done = 0;
  failed = 0;
  cached = 0;
  current = '';
  private readonly started: number;
  constructor(private readonly now: () => number) {
    this.started = now();
  }
  update(e: RunEvent): void {
    if (e.type === 'total') this.total = e.total;
    if (e.type === 'article') Object.assign(this, { done: e.done, failed: e.failed, cached: e.cached, current: e.id ?? e.file });
  }
  /** Articles per second so far. */
  rate(): number {
    const s = (this.now() - this.started) / 1000;
    return s > 0 ? this.done / s : 0;
  }
  /** Seconds left at the current rate, or null while unknown. */
  eta(): number | null {
    const r = this.rate();
    return this.total === null || r === 0 ? null : Math.max(0, (this.total - this.done) / r);
  }
  line(): string {
    const of = this.total === null ? '' : `/${this.total}`;
    const pct = this.total ? ` (${Math.floor((100 * this.done) / this.total)}%)` : '';
    const eta = this.eta();
    return `factwire: ${this.done}${of} articles${pct}, ${this.rate().toFixed(1)}/s, ETA ${eta === null ? '?' : formatSeconds(eta)}, ${this.failed} errors, ${this.cached} cached`;
  }
}

export function formatSeconds(s: number): string {
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const err = o.err ?? process.stderr;
  const out = o.out ?? process.stdout;
  if (o.mode === 'quiet') return { onEvent: () => {}, stop: () => {} };
  if (o.mode === 'json') return { onEvent: (e) => out.write(`${JSON.stringify(jsonEvent(e))}\n`), stop: () => {} };
  const state = new ProgressState(now);
  return o.mode === 'bar' ? barProgress(state, err) : lineProgress(state, err, (o.interval ?? 5) * 1000, now);
}

/** The end event carries the manifest's summary, not its per-article lists. */
function jsonEvent(e: RunEvent): object {
  if (e.type !== 'end') return e;
  const { errors: _e, warnings: _w, ...summary } = e.manifest;
  return { type: 'end', manifestFile: e.manifestFile, ...summary };
}

function lineProgress(state: ProgressState, err: Writable, everyMs: number, now: () => number): Progress {
  let last = now();
  return {
    onEvent(e) {
      state.update(e);
      if (e.type === 'article' && now() - last >= everyMs) {
        last = now();
        err.write(`${state.line()}\n`);
      }
      if (e.type === 'reconcile') err.write(`${state.line()}\nfactwire: reconciling ${e.records} records\n`);
    },
    stop() {},
  };
}

function barProgress(state: ProgressState, err: Writable): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream: err as NodeJS.WriteStream,
      format: 'factwire {bar} {value}/{totalText} | {rate}/s | ETA {etaText} | {failed} errors | {current}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => ({
    totalText: state.total ?? '?',
    rate: state.rate().toFixed(1),
    etaText: state.eta() === null ? '?' : formatSeconds(state.eta()!),
    failed: state.failed,
    current: state.current.length > 40 ? `…${state.current.slice(-39)}` : state.current,
  });
  bar.start(0, 0, payload());
  return {
    onEvent(e) {
      state.update(e);
      if (e.type === 'total') bar.setTotal(e.total);
      if (e.type === 'article') bar.update(state.done, payload());
      if (e.type === 'reconcile') bar.update(state.done, { ...payload(), current: `reconciling ${e.records} records` });
    },
    stop: () => bar.stop(),
  };
}

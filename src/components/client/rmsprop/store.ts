import {
  compareRuns, parseTrajectoryHash, sanitizeSettings, serializeTrajectoryHash,
  type Runs, type TrajectorySettings,
} from '../../../lib/index.ts';

export type { Runs };

/** What every trajectory view reads. Views never write it directly: they call the store's methods. */
export interface TrajectoryState {
  settings: TrajectorySettings;
  runs: Runs;
  /** The step the scrubber shows, 0 … last. */
  cursor: number;
  /** The step under the pointer in a curve chart, if any: views mark it instead of the cursor. */
  hover: number | null;
  /** The largest cursor: the longer of the two runs' step counts. */
  last: number;
  playing: boolean;
}

/** Which parts changed, so a view can skip work (the contours only care about `settings`). */
export interface Change {
  settings: boolean;
  cursor: boolean;
}

type Listener = (state: TrajectoryState, change: Change) => void;

const lastStep = (runs: Runs) => Math.max(runs.adagrad.points.length, runs.rmsprop.points.length) - 1;

/**
 * The page's one trajectory store: controls → store → `src/lib` → views.
 * Settings come from the URL hash (validated, clamped) and go back to it, debounced.
 * Each emit is timed; the time of the last one is on `<html data-last-render-ms>`.
 */
export class TrajectoryStore {
  #listeners = new Set<Listener>();
  #state: TrajectoryState;
  #hashTimer: ReturnType<typeof setTimeout> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(settings: TrajectorySettings) {
    const runs = compareRuns(settings);
    const last = lastStep(runs);
    this.#state = { settings, runs, cursor: last, hover: null, last, playing: false };
  }

  get state(): TrajectoryState {
    return this.#state;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    listener(this.#state, { settings: true, cursor: true });
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.pause();
    };
  }

  /** New settings: rerun both optimizers and show the whole run (the cursor on its last step). */
  update(partial: Partial<TrajectorySettings>, { writeHash = true } = {}): void {
    this.pause();
    const settings = sanitizeSettings({ ...this.#state.settings, ...partial });
    const runs = compareRuns(settings);
    const last = lastStep(runs);
    this.#state = { ...this.#state, settings, runs, last, cursor: last, hover: null };
    this.#emit({ settings: true, cursor: true });
    if (writeHash) this.#scheduleHash();
  }

  setCursor(step: number): void {
    const cursor = Math.min(this.#state.last, Math.max(0, Math.round(Number.isFinite(step) ? step : 0)));
    if (cursor === this.#state.cursor) return;
    this.#state = { ...this.#state, cursor };
    this.#emit({ settings: false, cursor: true });
  }

  setHover(step: number | null): void {
    const hover = step === null || !Number.isFinite(step) ? null : Math.min(this.#state.last, Math.max(0, Math.round(step)));
    if (hover === this.#state.hover) return;
    this.#state = { ...this.#state, hover };
    this.#emit({ settings: false, cursor: true });
  }

  /**
   * Plays from step 0 (or on from the cursor if paused midway). With `smooth` false (reduced
   * motion) it moves in ten coarse jumps, a quarter-second apart, instead of every step.
   */
  play(smooth: boolean): void {
    if (this.#state.playing) return;
    const from = this.#state.cursor >= this.#state.last ? 0 : this.#state.cursor;
    this.#state = { ...this.#state, playing: true, cursor: from, hover: null };
    this.#emit({ settings: false, cursor: true });
    const stride = smooth ? 1 : Math.max(1, Math.ceil(this.#state.last / 10));
    const delay = smooth ? Math.max(16, Math.min(60, 3000 / Math.max(1, this.#state.last))) : 250;
    const tick = () => {
      if (!this.#state.playing) return;
      const next = Math.min(this.#state.last, this.#state.cursor + stride);
      this.#state = { ...this.#state, cursor: next, playing: next < this.#state.last };
      this.#emit({ settings: false, cursor: true });
      if (this.#state.playing) this.#timer = setTimeout(tick, delay);
    };
    this.#timer = setTimeout(tick, delay);
  }

  pause(): void {
    clearTimeout(this.#timer);
    if (!this.#state.playing) return;
    this.#state = { ...this.#state, playing: false };
    this.#emit({ settings: false, cursor: false });
  }

  /** One step forward, pausing first. */
  step(): void {
    this.pause();
    this.setCursor(this.#state.cursor + 1);
  }

  /** Back to step 0, paused. */
  rewind(): void {
    this.pause();
    this.setCursor(0);
  }

  /** Settings back to the defaults (hash cleared of overrides). */
  reset(): void {
    this.update(sanitizeSettings({}));
  }

  #emit(change: Change): void {
    const started = performance.now();
    for (const listener of this.#listeners) listener(this.#state, change);
    const ms = performance.now() - started;
    if (change.settings) document.documentElement.dataset.lastRenderMs = ms.toFixed(2);
  }

  #scheduleHash(): void {
    clearTimeout(this.#hashTimer);
    this.#hashTimer = setTimeout(() => {
      const url = new URL(location.href);
      url.hash = serializeTrajectoryHash(this.#state.settings);
      history.replaceState(history.state, '', url);
    }, 250);
  }
}

let store: TrajectoryStore | undefined;

/** The page singleton, made on first use from the URL hash. */
export function trajectoryStore(): TrajectoryStore {
  if (!store) {
    store = new TrajectoryStore(parseTrajectoryHash(location.hash));
    // Only a settings link counts: the table of contents' #section anchors leave the run alone.
    addEventListener('hashchange', () => {
      if (location.hash.includes('=')) store!.update(parseTrajectoryHash(location.hash), { writeHash: false });
    });
  }
  return store;
}

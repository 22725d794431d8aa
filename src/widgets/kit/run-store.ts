/**
 * A store for widgets that show whole runs and a step within them: settings → runs (via the
 * library), a cursor, a hovered step and playback. Views subscribe and never write state; controls
 * call methods. Pure: time comes from an injected clock, so tests drive playback frame by frame.
 */

export interface RunState<S, R> {
  settings: S;
  runs: R;
  /** The step the scrubber shows, 0 … last. */
  cursor: number;
  /** The step under the pointer in a curve chart, if any: views mark it instead of the cursor. */
  hover: number | null;
  /** The largest cursor. */
  last: number;
  playing: boolean;
  /** Playback speed factor: 1 plays a run in `playDuration(last)`. */
  speed: number;
}

/** Which parts changed, so a view can skip work (contours only care about settings). */
export interface Change {
  settings: boolean;
  cursor: boolean;
}

export interface RunModel<S, R> {
  /** Untrusted values → valid settings (clamped, defaults filled in). */
  sanitize(raw: Partial<S>): S;
  /** The runs for the settings: the library call. */
  compute(settings: S): R;
  /** The last step the runs reach. */
  last(runs: R): number;
}

/** Animation frames and time; the browser's by default. */
export interface Clock {
  now(): number;
  frame(callback: () => void): number;
  cancel(handle: number): void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** The speeds a reader can pick. */
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;

/**
 * How long Play takes for a run of `last` steps at speed 1: 40 ms a step, at least 1 s and at most
 * 8 s, so a long run never drags on. Frames are dropped, not slowed, when drawing can't keep up.
 */
export function playDuration(last: number, speed = 1): number {
  return Math.min(8000, Math.max(1000, last * 40)) / speed;
}

/** With reduced motion, Play moves in this many jumps, this far apart. */
const JUMPS = 10;
const JUMP_MS = 250;

type Listener<S, R> = (state: RunState<S, R>, change: Change) => void;

export class RunStore<S, R> {
  #listeners = new Set<Listener<S, R>>();
  #state: RunState<S, R>;
  #model: RunModel<S, R>;
  #clock: Clock;
  #frame: number | undefined;
  #onEmit?: (ms: number, change: Change) => void;

  /** `onEmit` hears how long each round of listeners took (the page benchmark reads it). */
  constructor(model: RunModel<S, R>, settings: Partial<S>, { clock = browserClock, onEmit }: { clock?: Clock; onEmit?: (ms: number, change: Change) => void } = {}) {
    this.#model = model;
    this.#clock = clock;
    this.#onEmit = onEmit;
    const clean = model.sanitize(settings);
    const runs = model.compute(clean);
    const last = model.last(runs);
    this.#state = { settings: clean, runs, cursor: last, hover: null, last, playing: false, speed: 1 };
  }

  get state(): RunState<S, R> {
    return this.#state;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S, R>): () => void {
    this.#listeners.add(listener);
    listener(this.#state, { settings: true, cursor: true });
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.pause();
    };
  }

  /** New settings: rerun and show the whole run (the cursor on its last step). */
  update(partial: Partial<S>): void {
    this.pause();
    const settings = this.#model.sanitize({ ...this.#state.settings, ...partial });
    const runs = this.#model.compute(settings);
    const last = this.#model.last(runs);
    this.#set({ settings, runs, last, cursor: last, hover: null }, { settings: true, cursor: true });
  }

  /** Settings back to the defaults. */
  reset(): void {
    this.update(this.#model.sanitize({}));
  }

  setCursor(step: number): void {
    const cursor = this.#clampStep(step) ?? 0;
    if (cursor !== this.#state.cursor) this.#set({ cursor }, { settings: false, cursor: true });
  }

  setHover(step: number | null): void {
    const hover = step === null ? null : this.#clampStep(step);
    if (hover !== this.#state.hover) this.#set({ hover }, { settings: false, cursor: true });
  }

  setSpeed(speed: number): void {
    const valid = (PLAY_SPEEDS as readonly number[]).includes(speed) ? speed : 1;
    if (valid === this.#state.speed) return;
    const wasPlaying = this.#state.playing;
    this.pause();
    this.#set({ speed: valid }, { settings: false, cursor: false });
    if (wasPlaying) this.play();
  }

  /**
   * Plays from step 0 (or on from the cursor if paused midway) so that a whole run takes
   * `playDuration(last, speed)`; the cursor follows the clock, not the frame count. With `smooth`
   * false (reduced motion) it moves in ten jumps a quarter-second apart instead.
   */
  play({ smooth = true } = {}): void {
    if (this.#state.playing) return;
    const { last, speed } = this.#state;
    const from = this.#state.cursor >= last ? 0 : this.#state.cursor;
    this.#set({ playing: true, cursor: from, hover: null }, { settings: false, cursor: true });
    const started = this.#clock.now();
    const stride = Math.max(1, Math.ceil(last / JUMPS));
    const msPerStep = playDuration(last, speed) / Math.max(1, last);
    const tick = () => {
      if (!this.#state.playing) return;
      const elapsed = this.#clock.now() - started;
      const ahead = smooth ? Math.floor(elapsed / msPerStep) : Math.floor(elapsed / JUMP_MS) * stride;
      const cursor = Math.min(last, from + ahead);
      const playing = cursor < last;
      if (cursor !== this.#state.cursor || !playing) this.#set({ cursor, playing }, { settings: false, cursor: true });
      if (playing) this.#frame = this.#clock.frame(tick);
    };
    this.#frame = this.#clock.frame(tick);
  }

  pause(): void {
    if (this.#frame !== undefined) this.#clock.cancel(this.#frame);
    this.#frame = undefined;
    if (this.#state.playing) this.#set({ playing: false }, { settings: false, cursor: false });
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

  #clampStep(step: number): number | null {
    if (!Number.isFinite(step)) return null;
    return Math.min(this.#state.last, Math.max(0, Math.round(step)));
  }

  #set(patch: Partial<RunState<S, R>>, change: Change): void {
    this.#state = { ...this.#state, ...patch };
    const started = this.#clock.now();
    for (const listener of this.#listeners) listener(this.#state, change);
    this.#onEmit?.(this.#clock.now() - started, change);
  }
}

import { describe, expect, it } from 'vitest';
import { playDuration, RunStore, type Clock } from '../../src/widgets/kit/run-store';

/** A run of `steps` steps: the "runs" are just the step count, so the store's own logic is all that is tested. */
const model = {
  sanitize: (raw: Partial<{ steps: number }>) => ({ steps: Math.max(1, Math.min(500, Math.round(raw.steps ?? 100))) }),
  compute: (s: { steps: number }) => s.steps,
  last: (steps: number) => steps,
};

/** A clock the test moves by hand: frames run only when `advance` is called. */
function fakeClock() {
  let now = 0;
  let queue: (() => void)[] = [];
  const clock: Clock = {
    now: () => now,
    frame: (callback) => queue.push(callback),
    cancel: () => void (queue = []),
  };
  const advance = (ms: number, frameMs = 16) => {
    for (let t = 0; t < ms; t += frameMs) {
      now += frameMs;
      const due = queue;
      queue = [];
      due.forEach((f) => f());
    }
  };
  return { clock, advance };
}

describe('RunStore', () => {
  it('starts on the last step with sanitized settings', () => {
    const store = new RunStore(model, { steps: 1e9 }, { clock: fakeClock().clock });
    expect(store.state).toMatchObject({ settings: { steps: 500 }, last: 500, cursor: 500, playing: false, speed: 1 });
  });

  it('tells listeners what changed', () => {
    const store = new RunStore(model, {}, { clock: fakeClock().clock });
    const changes: unknown[] = [];
    store.subscribe((_, change) => changes.push(change));
    store.setCursor(3);
    store.update({ steps: 50 });
    expect(changes).toEqual([
      { settings: true, cursor: true },
      { settings: false, cursor: true },
      { settings: true, cursor: true },
    ]);
    expect(store.state.cursor).toBe(50);
  });

  it('clamps the cursor and the hovered step, and ignores junk', () => {
    const store = new RunStore(model, { steps: 10 }, { clock: fakeClock().clock });
    store.setCursor(99);
    expect(store.state.cursor).toBe(10);
    store.setCursor(-5);
    expect(store.state.cursor).toBe(0);
    store.setHover(NaN);
    expect(store.state.hover).toBeNull();
    store.setHover(4.6);
    expect(store.state.hover).toBe(5);
  });

  it('plays a run in a fixed time, whatever the frame rate', () => {
    for (const frameMs of [16, 100]) {
      const { clock, advance } = fakeClock();
      const store = new RunStore(model, { steps: 500 }, { clock });
      store.play();
      expect(store.state.cursor).toBe(0);
      advance(playDuration(500) / 2, frameMs);
      expect(store.state.cursor).toBeGreaterThan(230);
      expect(store.state.cursor).toBeLessThan(270);
      advance(playDuration(500) / 2 + frameMs, frameMs);
      expect(store.state).toMatchObject({ cursor: 500, playing: false });
    }
  });

  it('never takes longer than 8 s at speed 1, and a faster speed shortens it', () => {
    for (const steps of [1, 10, 100, 500, 100_000]) expect(playDuration(steps)).toBeLessThanOrEqual(8000);
    expect(playDuration(100)).toBe(4000);
    expect(playDuration(100, 4)).toBe(1000);
  });

  it('moves in ten jumps with reduced motion', () => {
    const { clock, advance } = fakeClock();
    const store = new RunStore(model, { steps: 100 }, { clock });
    const seen = new Set<number>();
    store.subscribe((s) => seen.add(s.cursor));
    store.play({ smooth: false });
    advance(3000);
    expect([...seen].filter((c) => c > 0 && c < 100).sort((a, b) => a - b)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(store.state.playing).toBe(false);
  });

  it('pauses on a settings change, and steps and rewinds paused', () => {
    const { clock, advance } = fakeClock();
    const store = new RunStore(model, { steps: 100 }, { clock });
    store.play();
    advance(500);
    store.update({ steps: 80 });
    expect(store.state).toMatchObject({ playing: false, cursor: 80 });
    store.rewind();
    store.step();
    expect(store.state.cursor).toBe(1);
  });

  it('keeps playing at the new speed when the speed changes mid-play, and rejects unknown speeds', () => {
    const { clock, advance } = fakeClock();
    const store = new RunStore(model, { steps: 100 }, { clock });
    store.play();
    advance(1000);
    store.setSpeed(4);
    expect(store.state).toMatchObject({ speed: 4, playing: true });
    store.setSpeed(3);
    expect(store.state.speed).toBe(1);
  });
});

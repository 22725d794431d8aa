import { setAttr, setProp } from './controls.ts';
import type { RunState, RunStore } from './run-store.ts';

/**
 * The playback row every run widget has (Play, Step, Back to step 0, Speed, the "Step shown"
 * scrubber), wired to its store and shown from its state. The markup names the parts:
 * [data-action="play" | "step" | "rewind"], select[name="speed"], input[name="scrub"] and its output.
 */

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Controls → store. With reduced motion, Play moves in ten jumps (RunStore.play). */
export function bindPlayback<S, R>(root: HTMLElement, store: RunStore<S, R>, signal?: AbortSignal): void {
  const part = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const scrub = part<HTMLInputElement>('input[name="scrub"]');
  const speed = part<HTMLSelectElement>('select[name="speed"]');
  scrub?.addEventListener('input', () => store.setCursor(Number(scrub.value)), { signal });
  speed?.addEventListener('change', () => store.setSpeed(Number(speed.value)), { signal });
  part('[data-action="play"]')?.addEventListener('click', () => {
    if (store.state.playing) store.pause();
    else store.play({ smooth: !reducedMotion() });
  }, { signal });
  part('[data-action="step"]')?.addEventListener('click', () => store.step(), { signal });
  part('[data-action="rewind"]')?.addEventListener('click', () => store.rewind(), { signal });
}

/** State → the playback row: the scrubber's range and value, "t / last", Play or Pause, the speed. */
export function showPlayback<S, R>(root: HTMLElement, state: RunState<S, R>, labels: { play: string; pause: string }): void {
  const { cursor, hover, last } = state;
  const scrub = root.querySelector<HTMLInputElement>('input[name="scrub"]');
  if (scrub) {
    setProp(scrub, 'max', String(last));
    setProp(scrub, 'value', String(cursor));
    setAttr(scrub, 'aria-valuetext', `${cursor} / ${last}`);
    writeText(root.querySelector(`output[for="${scrub.id}"]`), `${hover ?? cursor} / ${last}`);
  }
  const play = root.querySelector<HTMLButtonElement>('[data-action="play"]');
  if (play) {
    writeText(play, state.playing ? labels.pause : labels.play);
    setAttr(play, 'aria-pressed', String(state.playing));
  }
  const speed = root.querySelector<HTMLSelectElement>('select[name="speed"]');
  if (speed) setProp(speed, 'value', String(state.speed));
}

function writeText(element: Element | null, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

import type { SimulateResult } from '../../lib/index.ts';
import { getObjective } from '../../lib/index.ts';
import { byKey, dataset, planeConfig, pointAt, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { comparisonDefaults, comparisonSliders, serializeSettings, type ComparisonSettings } from '../kit/comparison.ts';
import { comparisonStore, type ComparisonStore } from '../kit/comparison-store.ts';
import { bandsFor } from '../kit/contour-bands.ts';
import { contourLayer } from '../kit/contour-layer.ts';
import { afterCharts } from '../kit/dom-writes.ts';
import { bindSlider, setAttr, setProp, syncSlider } from '../kit/controls.ts';
import { copyLink } from '../kit/copy-link.ts';
import { bindPlayback, showPlayback } from '../kit/playback.ts';
import { fill } from '../kit/format.ts';
import type { Change, RunState } from '../kit/run-store.ts';
import { COMPARED, SERIES } from '../kit/series.ts';
import { PRESETS, presetOf, readoutText, type PresetName, type TrajectoryLabels } from './model.ts';

type State = RunState<ComparisonSettings, { adagrad: SimulateResult; rmsprop: SimulateResult }>;

/** The settings with a slider row. */
const SLIDERS = ['lr', 'gamma', 'eps', 'steps', 'momentum'] as const;

/**
 * `<rmsprop-trajectories>`: AdaGrad and RMSProp on the chosen function's contours.
 * Controls call the store; the store reruns `src/lib`; `#render` draws what the store says.
 */
export default class Trajectory extends ChartWidget<TrajectoryLabels> {
  #store!: ComparisonStore;
  #state?: State;

  protected start(): void {
    this.#store = comparisonStore();
    this.addChart('path', this.q<HTMLCanvasElement>('canvas'), () => this.#config());
    this.#wireControls();
    this.onCleanup(this.#store.subscribe((state, change) => this.#render(state, change)));
  }

  protected redraw(): void {
    if (this.#state) this.#render(this.#state, { settings: true, cursor: true });
  }

  #wireControls(): void {
    const store = this.#store;
    for (const name of SLIDERS) {
      bindSlider(this, name, comparisonSliders[name], (value) => store.update({ [name]: value }));
    }
    const centered = this.q<HTMLInputElement>('input[name="centered"]');
    centered.addEventListener('change', () => store.update({ centered: centered.checked }));
    this.q<HTMLSelectElement>('select[name="fn"]').addEventListener('change', (e) => {
      const fn = (e.target as HTMLSelectElement).value as ComparisonSettings['fn'];
      const [x, y] = getObjective(fn).defaultStart;
      store.update({ fn, x, y });
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="epsIn"]')) {
      radio.addEventListener('change', () => store.update({ epsInSqrt: radio.value === '1' }));
    }
    for (const name of ['x', 'y'] as const) {
      const input = this.q<HTMLInputElement>(`input[name="${name}"]`);
      input.addEventListener('change', () => {
        if (Number.isFinite(input.valueAsNumber)) store.update({ [name]: input.valueAsNumber });
        else input.value = String(store.state.settings[name]); // an empty or junk entry: show the current value again
      });
    }
    bindPlayback(this, store);
    this.q('[data-action="reset"]').addEventListener('click', () => store.reset());
    this.q('[data-action="copy-link"]').addEventListener('click', () =>
      copyLink(serializeSettings(store.state.settings), this.id, this.q('.widget-copy-status'), this.labels));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      button.addEventListener('click', () => store.update(PRESETS[button.dataset.preset as PresetName]));
    }
    this.q<HTMLCanvasElement>('canvas').addEventListener('click', (event) => this.#moveStart(event));
  }

  #moveStart(event: MouseEvent): void {
    const chart = this.chart('path');
    const point = chart && pointAt(chart, event);
    if (!point) return;
    const round = (v: number) => Math.round(v * 100) / 100;
    this.#store.update({ x: round(point[0]), y: round(point[1]) });
  }

  /** Put the settings into the controls (after a link, a preset, a reset or a clamped value). */
  #syncControls(s: ComparisonSettings): void {
    for (const name of SLIDERS) syncSlider(this, name, comparisonSliders[name], s[name]);
    setProp(this.q<HTMLInputElement>('input[name="centered"]'), 'checked', s.centered);
    setProp(this.q<HTMLSelectElement>('select[name="fn"]'), 'value', s.fn);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="epsIn"]')) {
      setProp(radio, 'checked', (radio.value === '1') === s.epsInSqrt);
    }
    const [[x0, x1], [y0, y1]] = getObjective(s.fn).view;
    for (const [name, lo, hi, v] of [['x', x0, x1, s.x], ['y', y0, y1, s.y]] as const) {
      const input = this.q<HTMLInputElement>(`input[name="${name}"]`);
      setProp(input, 'min', String(lo));
      setProp(input, 'max', String(hi));
      if (document.activeElement !== input) setProp(input, 'value', String(v));
    }
    const preset = presetOf(s);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      setAttr(button, 'aria-pressed', String(button.dataset.preset === preset));
    }
  }

  #render(state: State, change: Change): void {
    this.#state = state;
    const chart = this.chart('path');
    if (!chart) return;
    const { settings, runs, cursor, hover } = state;
    const shown = hover ?? cursor;
    if (change.settings) {
      const [[x0, x1], [y0, y1]] = getObjective(settings.fn).view;
      Object.assign(chart.options.scales!.x!, { min: x0, max: x1 });
      Object.assign(chart.options.scales!.y!, { min: y0, max: y1 });
      byKey(chart, 'start').data = [{ x: settings.x, y: settings.y }];
    }
    for (const name of COMPARED) {
      const { points } = runs[name];
      const upTo = Math.min(cursor, points.length - 1);
      byKey(chart, name).data = points.slice(0, upTo + 1).map(([x, y]) => ({ x, y }));
      const [x, y] = points[Math.min(shown, points.length - 1)];
      byKey(chart, `${name}-now`).data = [{ x, y }];
    }
    chart.update('none');
    afterCharts(() => this.#renderText(state, change));
  }

  /** The controls, readouts and status for the state: DOM writes, after every chart has drawn. */
  #renderText(state: State, change: Change): void {
    const { settings, runs, cursor, hover } = state;
    if (change.settings) {
      this.#syncControls(settings);
      this.setText(this.q('.widget-status'), this.#status(runs, getObjective(settings.fn).view));
    }
    showPlayback(this, state, this.labels);
    const shown = hover ?? cursor;
    for (const name of COMPARED) {
      this.setText(this.q(`output[data-readout="${name}"]`), readoutText(this.labels, SERIES[name].label, runs[name], shown));
    }
  }

  /**
   * What went wrong, if anything: a run the library stopped as diverged, or else a run that left
   * the plotted region (AdaGrad's and RMSProp's steps are bounded by about η and η/√(1 − γ), so
   * within the sliders' ranges they overshoot rather than blow up).
   */
  #status(runs: State['runs'], [[x0, x1], [y0, y1]]: [[number, number], [number, number]]): string {
    const parts: string[] = [];
    for (const name of COMPARED) {
      const run = runs[name];
      const label = SERIES[name].label;
      if (run.divergedAt !== null) {
        parts.push(fill(this.labels.diverged, { name: label, k: run.divergedAt }));
        continue;
      }
      const k = run.points.findIndex(([x, y]) => x < x0 || x > x1 || y < y0 || y > y1);
      if (k > 0) parts.push(fill(this.labels.left, { name: label, k }));
    }
    return parts.join(this.labels.joiner);
  }

  #config(): LineConfig {
    const p = this.palette;
    const path = (name: (typeof COMPARED)[number]) => dataset(p, name, name, { pointRadius: 2.5, pointHoverRadius: 2.5 });
    const now = (name: (typeof COMPARED)[number]) =>
      dataset(p, name, `${name}-now`, { borderDash: [], pointRadius: 7, pointBorderWidth: 2, pointBackgroundColor: 'transparent', showLine: false });
    // The axes' box is set from the settings on every render.
    return planeConfig(p, [
      ...COMPARED.map(path), ...COMPARED.map(now),
      dataset(p, 'ink', 'start', { showLine: false, pointRadius: 8, pointBorderWidth: 2 }),
    ], contourLayer(() => bandsFor(this.#state?.settings.fn ?? comparisonDefaults.fn), () => this.palette));
  }
}

import type { ChartConfiguration } from 'chart.js';
import { Chart, prefersReducedMotion } from '../chart-setup.ts';
import { readPalette, type ChartPalette } from '../palette.ts';
import { onThemeChange } from '../theme.ts';
import { getObjective, type SimulateResult, type TrajectorySettings } from '../../../lib/index.ts';
import { axis, recolourAxes, staticChartOptions } from './charts.ts';
import { contourLayer } from './contour-layer.ts';
import { fill, fmt } from './format.ts';
import { colourOf, optimizerStyle, type Optimizer } from './styles.ts';
import { trajectoryStore, type Change, type TrajectoryState } from './store.ts';

/** Text the server renders into data-labels, in the page's language. */
export interface TrajectoryLabels {
  play: string;
  pause: string;
  /** '{name}, step {t}: ({x}, {y}), f = {f}' */
  readout: string;
  /** '{name} diverged at step {k}' */
  diverged: string;
  /** '{name} left the plot at step {k}' (its steps are bounded, so it cannot blow up, but it overshoots) */
  left: string;
  /** ' and ' or '；' */
  joiner: string;
  start: string;
}

const OPTIMIZERS: Optimizer[] = ['adagrad', 'rmsprop'];

/** The position of a slider for a value on a log scale, and back. */
const toLog = (v: number) => Math.log10(v);
const fromLog = (v: string) => 10 ** Number(v);

/**
 * `<rmsprop-trajectories>`: AdaGrad and RMSProp on the chosen function's contours.
 * Controls call the store; the store reruns `src/lib`; `#render` draws what the store says.
 */
export class TrajectoryLab extends HTMLElement {
  #chart?: Chart<'line'>;
  #palette!: ChartPalette;
  #labels!: TrajectoryLabels;
  #unsubscribe?: () => void;
  #stopWatchingTheme?: () => void;
  #state?: TrajectoryState;

  connectedCallback(): void {
    this.#labels = JSON.parse(this.dataset.labels ?? '{}') as TrajectoryLabels;
    this.#palette = readPalette(this);
    const store = trajectoryStore();
    this.#chart = new Chart(this.#q<HTMLCanvasElement>('canvas'), this.#config());
    this.#wireControls();
    this.#stopWatchingTheme = onThemeChange(() => this.#recolour());
    this.#unsubscribe = store.subscribe((state, change) => this.#render(state, change));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#stopWatchingTheme?.();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  #q<T extends Element>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  #wireControls(): void {
    const store = trajectoryStore();
    const input = (name: string) => this.#q<HTMLInputElement>(`[name="${name}"]`);
    input('lr').addEventListener('input', (e) => store.update({ lr: fromLog((e.target as HTMLInputElement).value) }));
    input('gamma').addEventListener('input', (e) => store.update({ gamma: Number((e.target as HTMLInputElement).value) }));
    input('eps').addEventListener('input', (e) => store.update({ eps: fromLog((e.target as HTMLInputElement).value) }));
    input('steps').addEventListener('input', (e) => store.update({ steps: Number((e.target as HTMLInputElement).value) }));
    this.#q<HTMLSelectElement>('select[name="fn"]').addEventListener('change', (e) => {
      const fn = (e.target as HTMLSelectElement).value as TrajectorySettings['fn'];
      const [x, y] = getObjective(fn).defaultStart;
      store.update({ fn, x, y });
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="epsIn"]')) {
      radio.addEventListener('change', () => store.update({ epsInSqrt: radio.value === '1' }));
    }
    for (const name of ['x', 'y'] as const) {
      input(name).addEventListener('change', (e) => {
        const value = (e.target as HTMLInputElement).valueAsNumber;
        if (Number.isFinite(value)) store.update({ [name]: value });
        else this.#syncControls(store.state.settings); // an empty or junk entry: show the current value again
      });
    }
    input('scrub').addEventListener('input', (e) => store.setCursor(Number((e.target as HTMLInputElement).value)));
    this.#q('[data-action="play"]').addEventListener('click', () => {
      if (store.state.playing) store.pause();
      else store.play(!prefersReducedMotion());
    });
    this.#q('[data-action="step"]').addEventListener('click', () => store.step());
    this.#q('[data-action="rewind"]').addEventListener('click', () => store.rewind());
    this.#q('[data-action="reset"]').addEventListener('click', () => store.reset());

    this.#q<HTMLCanvasElement>('canvas').addEventListener('click', (event) => {
      const chart = this.#chart;
      if (!chart) return;
      const rect = chart.canvas.getBoundingClientRect();
      const px = event.clientX - rect.left;
      const py = event.clientY - rect.top;
      const { left, right, top, bottom } = chart.chartArea;
      if (px < left || px > right || py < top || py > bottom) return;
      const round = (v: number) => Math.round(v * 100) / 100;
      store.update({ x: round(chart.scales.x.getValueForPixel(px)!), y: round(chart.scales.y.getValueForPixel(py)!) });
    });
  }

  /** Put the settings into the controls (after a hash link, a reset or a clamped value). */
  #syncControls(s: TrajectorySettings): void {
    const set = (name: string, value: string, text?: string) => {
      const el = this.#q<HTMLInputElement>(`[name="${name}"]`);
      if (document.activeElement !== el || el.type !== 'number') el.value = value;
      if (text !== undefined) {
        el.setAttribute('aria-valuetext', text);
        const out = this.#q<HTMLOutputElement>(`output[for="${el.id}"]`);
        if (out) out.textContent = text;
      }
    };
    set('lr', String(toLog(s.lr)), fmt(s.lr));
    set('gamma', String(s.gamma), fmt(s.gamma));
    set('eps', String(toLog(s.eps)), fmt(s.eps, 2));
    set('steps', String(s.steps), String(s.steps));
    this.#q<HTMLSelectElement>('select[name="fn"]').value = s.fn;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="epsIn"]')) {
      radio.checked = (radio.value === '1') === s.epsInSqrt;
    }
    const [[x0, x1], [y0, y1]] = getObjective(s.fn).view;
    for (const [name, lo, hi, v] of [['x', x0, x1, s.x], ['y', y0, y1, s.y]] as const) {
      const el = this.#q<HTMLInputElement>(`[name="${name}"]`);
      el.min = String(lo);
      el.max = String(hi);
      el.value = String(v);
    }
  }

  #render(state: TrajectoryState, change: Change): void {
    this.#state = state;
    const chart = this.#chart;
    if (!chart) return;
    const { settings, runs, cursor, hover, last } = state;
    if (change.settings) {
      this.#syncControls(settings);
      const [[x0, x1], [y0, y1]] = getObjective(settings.fn).view;
      Object.assign(chart.options.scales!.x!, { min: x0, max: x1 });
      Object.assign(chart.options.scales!.y!, { min: y0, max: y1 });
      chart.data.datasets[4].data = [{ x: settings.x, y: settings.y }];
      const status = this.#status(runs.adagrad, runs.rmsprop, getObjective(settings.fn).view);
      const box = this.#q<HTMLElement>('[role="status"]');
      if (box.textContent !== status) box.textContent = status;
      const scrub = this.#q<HTMLInputElement>('[name="scrub"]');
      scrub.max = String(last);
    }
    const scrub = this.#q<HTMLInputElement>('[name="scrub"]');
    scrub.value = String(cursor);
    const shown = hover ?? cursor;
    this.#q<HTMLOutputElement>(`output[for="${scrub.id}"]`).textContent = `${shown} / ${last}`;
    scrub.setAttribute('aria-valuetext', `${cursor} / ${last}`);
    const play = this.#q<HTMLButtonElement>('[data-action="play"]');
    const playText = state.playing ? this.#labels.pause : this.#labels.play;
    if (play.textContent !== playText) play.textContent = playText;
    play.setAttribute('aria-pressed', String(state.playing));

    OPTIMIZERS.forEach((name, i) => {
      const points = runs[name].points;
      const upTo = Math.min(cursor, points.length - 1);
      chart.data.datasets[i].data = points.slice(0, upTo + 1).map(([x, y]) => ({ x, y }));
      const at = points[Math.min(shown, points.length - 1)];
      chart.data.datasets[i + 2].data = [{ x: at[0], y: at[1] }];
      const t = Math.min(shown, points.length - 1);
      this.#q<HTMLOutputElement>(`output[data-readout="${name}"]`).textContent = fill(this.#labels.readout, {
        name: optimizerStyle[name].label, t, x: fmt(at[0]), y: fmt(at[1]), f: fmt(runs[name].loss[t]),
      });
    });
    chart.update('none');
  }

  /**
   * What went wrong, if anything: a run the library stopped as diverged, or else a run that
   * left the plotted region (AdaGrad's and RMSProp's steps are bounded by η and η/√(1 − γ), so
   * with the sliders' ranges they overshoot rather than blow up).
   */
  #status(a: SimulateResult, r: SimulateResult, [[x0, x1], [y0, y1]]: [[number, number], [number, number]]): string {
    const parts: string[] = [];
    for (const [name, run] of [['AdaGrad', a], ['RMSProp', r]] as const) {
      if (run.divergedAt !== null) {
        parts.push(fill(this.#labels.diverged, { name, k: run.divergedAt }));
        continue;
      }
      const k = run.points.findIndex(([x, y]) => x < x0 || x > x1 || y < y0 || y > y1);
      if (k > 0) parts.push(fill(this.#labels.left, { name, k }));
    }
    return parts.join(this.#labels.joiner);
  }

  #recolour(): void {
    const chart = this.#chart;
    if (!chart) return;
    this.#palette = readPalette(this);
    const p = this.#palette;
    OPTIMIZERS.forEach((name, i) => {
      for (const ds of [chart.data.datasets[i], chart.data.datasets[i + 2]]) {
        ds.borderColor = colourOf(p, name);
        ds.backgroundColor = colourOf(p, name);
      }
    });
    chart.data.datasets[4].borderColor = p.text;
    recolourAxes(chart, p);
    chart.update('none');
  }

  #config(): ChartConfiguration<'line'> {
    const p = this.#palette;
    const path = (name: Optimizer) => ({
      label: optimizerStyle[name].label,
      data: [] as { x: number; y: number }[],
      borderColor: colourOf(p, name),
      backgroundColor: colourOf(p, name),
      borderDash: [...optimizerStyle[name].dash],
      borderWidth: 2,
      pointStyle: optimizerStyle[name].point,
      pointRadius: 2.5,
      pointHoverRadius: 2.5,
      tension: 0,
    });
    const marker = (name: Optimizer) => ({
      ...path(name),
      borderDash: [],
      pointRadius: 7,
      pointBorderWidth: 2,
      pointBackgroundColor: 'transparent',
      showLine: false,
    });
    return {
      type: 'line',
      data: {
        datasets: [
          path('adagrad'), path('rmsprop'), marker('adagrad'), marker('rmsprop'),
          { label: this.#labels.start, data: [], showLine: false, pointStyle: 'crossRot', pointRadius: 8,
            pointBorderWidth: 2, borderColor: p.text, backgroundColor: p.text },
        ],
      },
      options: {
        ...staticChartOptions,
        scales: {
          x: axis(p, 'x', { min: -5, max: 5 }),
          y: axis(p, 'y', { min: -5, max: 5 }),
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [contourLayer(() => this.#state?.settings.fn ?? 'wavy', () => ({ fill: this.#palette.text, line: this.#palette.grid }))],
    };
  }
}


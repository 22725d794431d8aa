import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { Chart } from '../chart-setup.ts';
import { readPalette, type ChartPalette } from '../palette.ts';
import { onThemeChange } from '../theme.ts';
import type { Vec2 } from '../../../lib/index.ts';
import { axis, log10OrNull, logAxis, recolourAxes, stepMarker, staticChartOptions } from './charts.ts';
import { colourOf, optimizerStyle, type Optimizer } from './styles.ts';
import { trajectoryStore, type Change, type Runs, type TrajectoryState } from './store.ts';

/** Text the server renders into data-labels. */
interface RateLabels {
  step: string;
  rate: string;
  accumulator: string;
  loss: string;
}

type Point = { x: number; y: number | null };
type Kind = 'rate' | 'accumulator' | 'loss';

const OPTIMIZERS: Optimizer[] = ['adagrad', 'rmsprop'];

/** The series each chart shows: per coordinate for the rate and the accumulator (as log10), one line for the loss. */
function seriesOf(kind: Kind, runs: Runs): Point[][] {
  if (kind === 'loss') {
    return OPTIMIZERS.map((o) => runs[o].loss.map((y, t) => ({ x: t, y: Number.isFinite(y) ? y : null })));
  }
  const pick = (o: Optimizer): Vec2[] => (kind === 'rate' ? runs[o].effectiveLr : runs[o].accumulators);
  return OPTIMIZERS.flatMap((o) => [0, 1].map((i) => pick(o).map((v, k) => ({ x: k + 1, y: log10OrNull(v[i]) }))));
}

/**
 * `<rmsprop-rates>`: the effective step η/(√s + ε), the accumulator s and the loss against
 * the step, for both optimizers, with a marker at the scrubbed (or hovered) step.
 */
export class RateCurves extends HTMLElement {
  #charts = new Map<Kind, Chart<'line'>>();
  #palette!: ChartPalette;
  #marker: number | null = null;
  #unsubscribe?: () => void;
  #stopWatchingTheme?: () => void;
  #visibility?: IntersectionObserver;
  /** On screen (or nearly)? Off screen, new runs are only noted and drawn when it scrolls into view. */
  #visible = true;
  #stale?: TrajectoryState;

  connectedCallback(): void {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as RateLabels;
    this.#palette = readPalette(this);
    const store = trajectoryStore();
    for (const kind of ['rate', 'accumulator', 'loss'] as Kind[]) {
      const canvas = this.querySelector<HTMLCanvasElement>(`canvas[data-chart="${kind}"]`)!;
      const chart = new Chart(canvas, this.#config(kind, labels));
      this.#charts.set(kind, chart);
      canvas.addEventListener('pointermove', (event) => {
        const rect = canvas.getBoundingClientRect();
        const step = chart.scales.x.getValueForPixel(event.clientX - rect.left);
        if (step !== undefined) store.setHover(step);
      });
      canvas.addEventListener('pointerleave', () => store.setHover(null));
    }
    this.#stopWatchingTheme = onThemeChange(() => this.#recolour());
    this.#unsubscribe = store.subscribe((state, change) => this.#render(state, change));
    this.#visibility = new IntersectionObserver(([entry]) => {
      this.#visible = entry.isIntersecting;
      if (this.#visible && this.#stale) this.#render(this.#stale, { settings: true, cursor: true });
    }, { rootMargin: '200px 0px' });
    this.#visibility.observe(this);
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#stopWatchingTheme?.();
    this.#visibility?.disconnect();
    for (const chart of this.#charts.values()) chart.destroy();
    this.#charts.clear();
  }

  #render(state: TrajectoryState, change: Change): void {
    if (!this.#visible) {
      this.#stale = state;
      return;
    }
    if (this.#stale && !change.settings) change = { settings: true, cursor: true };
    this.#stale = undefined;
    this.#marker = state.hover ?? state.cursor;
    for (const [kind, chart] of this.#charts) {
      if (change.settings) {
        seriesOf(kind, state.runs).forEach((data, i) => (chart.data.datasets[i].data = data));
        chart.options.scales!.x!.max = Math.max(1, state.last);
        chart.update('none');
      } else {
        chart.draw(); // only the marker moved
      }
    }
  }

  #recolour(): void {
    this.#palette = readPalette(this);
    for (const chart of this.#charts.values()) {
      chart.data.datasets.forEach((ds) => {
        const o = (ds as unknown as { optimizer: Optimizer }).optimizer;
        ds.borderColor = colourOf(this.#palette, o);
        ds.backgroundColor = colourOf(this.#palette, o);
      });
      recolourAxes(chart, this.#palette);
      chart.update('none');
    }
  }

  #config(kind: Kind, labels: RateLabels): ChartConfiguration<'line'> {
    const p = this.#palette;
    const dataset = (o: Optimizer, coordinate: 0 | 1 | null): ChartDataset<'line', Point[]> & { optimizer: Optimizer } => ({
      optimizer: o,
      label: coordinate === null ? optimizerStyle[o].label : `${optimizerStyle[o].label} ${coordinate === 0 ? 'x' : 'y'}`,
      data: [],
      borderColor: colourOf(p, o),
      backgroundColor: colourOf(p, o),
      borderDash: [...optimizerStyle[o].dash],
      // x thick, y thin: the coordinates differ by width, the optimizers by dash and colour.
      // (No per-point scriptable options: they would make every update several times slower.)
      borderWidth: coordinate === 1 ? 1.25 : 2.75,
      pointRadius: 0,
      spanGaps: false,
    });
    const datasets = kind === 'loss'
      ? OPTIMIZERS.map((o) => dataset(o, null))
      : OPTIMIZERS.flatMap((o) => [dataset(o, 0), dataset(o, 1)]);
    const title = { rate: labels.rate, accumulator: labels.accumulator, loss: labels.loss }[kind];
    return {
      type: 'line',
      data: { datasets },
      options: {
        ...staticChartOptions,
        normalized: true,
        scales: {
          x: axis(p, labels.step, { min: 0, max: 100 }),
          y: kind === 'loss'
            ? axis(p, title)
            : logAxis(p, title),
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [stepMarker(() => this.#marker, () => this.#palette.text)],
    };
  }
}

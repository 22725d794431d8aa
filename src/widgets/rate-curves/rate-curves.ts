import { axis, byKey, chartOptions, dataset, log10OrNull, logAxis, stepMarker, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { comparisonStore, type ComparisonSettings, type ComparisonStore, type Runs } from '../kit/comparison-store.ts';
import type { Change, RunState } from '../kit/run-store.ts';
import { CURVES, curveLines, curveSeries, LOG_Y, type Curve, type RateLabels } from './model.ts';

type State = RunState<ComparisonSettings, Runs>;

/**
 * `<rmsprop-rates>`: the effective step η/(√s + ε), the accumulator s and the loss against the
 * step, for both optimizers, with a marker at the scrubbed (or hovered) step. Off screen it only
 * notes new runs, and draws them when it scrolls back into view.
 */
export default class RateCurves extends ChartWidget<RateLabels> {
  #store!: ComparisonStore;
  #marker: number | null = null;
  #visible = true;
  #pending?: State;
  #state?: State;

  protected start(): void {
    this.#store = comparisonStore();
    for (const curve of CURVES) {
      const canvas = this.q<HTMLCanvasElement>(`canvas[data-chart="${curve}"]`);
      this.addChart(curve, canvas, () => this.#config(curve));
      canvas.addEventListener('pointermove', (event) => {
        const chart = this.chart(curve);
        const step = chart?.scales.x.getValueForPixel(event.clientX - canvas.getBoundingClientRect().left);
        if (step !== undefined) this.#store.setHover(step);
      });
      canvas.addEventListener('pointerleave', () => this.#store.setHover(null));
    }
    const visibility = new IntersectionObserver(([entry]) => {
      this.#visible = entry.isIntersecting;
      if (this.#visible && this.#pending) this.#render(this.#pending, { settings: true, cursor: true });
    }, { rootMargin: '200px 0px' });
    visibility.observe(this);
    this.onCleanup(() => visibility.disconnect());
    this.onCleanup(this.#store.subscribe((state, change) => this.#render(state, change)));
  }

  protected redraw(): void {
    if (this.#state) this.#render(this.#state, { settings: true, cursor: true }, true);
  }

  /** `force` draws even off screen: after a theme switch the remade charts must not stay empty. */
  #render(state: State, change: Change, force = false): void {
    this.#state = state;
    if (!this.#visible && !force) {
      this.#pending = state;
      return;
    }
    if (this.#pending) change = { settings: true, cursor: true };
    this.#pending = undefined;
    this.#marker = state.hover ?? state.cursor;
    for (const curve of CURVES) {
      const chart = this.chart(curve);
      if (!chart) continue;
      if (!change.settings) {
        chart.draw(); // only the marker moved
        continue;
      }
      for (const s of curveSeries(curve, state.runs)) {
        byKey(chart, s.key).data = s.points.map(([x, y]) => ({ x, y: LOG_Y[curve] ? log10OrNull(y) : Number.isFinite(y) ? y : null }));
      }
      chart.options.scales!.x!.max = Math.max(1, state.last);
      chart.update('none');
    }
  }

  #config(curve: Curve): LineConfig {
    const p = this.palette;
    const datasets = curveLines(curve).map((s) =>
      // x thick, y thin: the coordinates differ by width, the optimizers by dash and colour.
      dataset(p, s.optimizer, s.key, { borderWidth: s.coordinate === 1 ? 1.25 : 2.75, spanGaps: false }));
    const title = this.labels[curve];
    return {
      type: 'line',
      data: { datasets },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: 100 }),
        y: LOG_Y[curve] ? logAxis(p, title) : axis(p, title),
      }),
      plugins: [stepMarker(() => this.#marker, () => this.palette.text)],
    };
  }
}

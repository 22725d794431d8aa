import { ChartWidget } from '../kit/chart-widget.ts';
import { comparisonStore, type ComparisonSettings, type ComparisonStore, type Runs } from '../kit/comparison-store.ts';
import { LinePlot } from '../kit/line-plot.ts';
import type { Change, RunState } from '../kit/run-store.ts';
import { CURVES, curveLines, curveSeries, LOG_Y, type Curve, type RateLabels } from './model.ts';

type State = RunState<ComparisonSettings, Runs>;

/**
 * `<rmsprop-rates>`: the effective step η/(√s + ε), the accumulator s and the loss against the
 * step, for both optimizers, with a marker at the scrubbed (or hovered) step. Off screen it only
 * notes new runs, and draws them when it scrolls back into view. The three curves redraw on every
 * slider input beside the trajectory, so they use the kit's light LinePlot, not Chart.js.
 */
export default class RateCurves extends ChartWidget<RateLabels> {
  #store!: ComparisonStore;
  #plots = new Map<Curve, LinePlot>();
  #visible = true;
  #pending?: State;
  #state?: State;

  protected start(): void {
    this.#store = comparisonStore();
    for (const curve of CURVES) {
      const canvas = this.q<HTMLCanvasElement>(`canvas[data-chart="${curve}"]`);
      // x thick, y thin: the coordinates differ by width, the optimizers by dash and colour.
      const lines = curveLines(curve).map((s) => ({ key: s.key, tag: s.optimizer, width: s.coordinate === 1 ? 1.25 : 2.75 }));
      const plot = new LinePlot(canvas, () => this.palette, { xTitle: this.labels.step, yTitle: this.labels[curve], logY: LOG_Y[curve] }, lines);
      this.#plots.set(curve, plot);
      this.onCleanup(() => plot.destroy());
      canvas.addEventListener('pointermove', (event) => {
        const step = plot.stepAt(event.clientX);
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

  /** After a theme switch: the plots read the new palette as they draw. */
  protected redraw(): void {
    if (this.#state) this.#render(this.#state, { settings: true, cursor: true }, true);
  }

  /** `force` draws even off screen: after a theme switch the plots must not keep the old colours. */
  #render(state: State, change: Change, force = false): void {
    this.#state = state;
    if (!this.#visible && !force) {
      this.#pending = state;
      return;
    }
    if (this.#pending) change = { settings: true, cursor: true };
    this.#pending = undefined;
    for (const curve of CURVES) {
      const plot = this.#plots.get(curve)!;
      plot.setMarker(state.hover ?? state.cursor);
      if (change.settings) {
        for (const s of curveSeries(curve, state.runs)) plot.setLine(s.key, s.points);
        plot.setXMax(state.last);
      }
      plot.draw();
    }
  }
}

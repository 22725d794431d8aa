import { axis, byKey, chartOptions, dataset, decadeTicks, logPoints, logAxis, planeConfig, stepMarker, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandsFor } from '../kit/contour-bands.ts';
import { contourLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { afterCharts } from '../kit/dom-writes.ts';
import { fill, fmt } from '../kit/format.ts';
import { bindPlayback, showPlayback } from '../kit/playback.ts';
import { RunStore, type Change, type RunState } from '../kit/run-store.ts';
import {
  FN, GAP_RANGE, gapPoints, gaps, METHODS, nesterovRuns, pathPoints, sanitize, SLIDERS, START, STEPS, settledAt, VIEW,
  type Method, type NesterovLabels, type NesterovSettings, type Runs,
} from './model.ts';

type State = RunState<NesterovSettings, Runs>;

/**
 * `<momentum-nesterov>`: η and μ sliders → plain descent, the heavy ball and Nesterov (PyTorch's SGD)
 * from one start on the RMSProp article's function: the paths on its contours up to the step shown,
 * and the gaps f − f* on a log scale. Controls call the store; `#render` draws what it says.
 */
export default class MomentumNesterov extends ChartWidget<NesterovLabels> {
  #store!: RunStore<NesterovSettings, Runs>;
  #state?: State;
  #abort = new AbortController();

  protected start(): void {
    this.#abort = new AbortController();
    this.#store = new RunStore({ sanitize, compute: nesterovRuns, last: () => STEPS }, {});
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('gap', this.q<HTMLCanvasElement>('canvas[data-chart="gap"]'), () => this.#gapConfig());
    for (const name of ['lr', 'momentum'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => this.#store.update({ [name]: value }));
    }
    bindPlayback(this, this.#store, this.#abort.signal);
    this.onCleanup(() => this.#abort.abort());
    this.onCleanup(this.#store.subscribe((state, change) => this.#render(state, change)));
  }

  protected redraw(): void {
    if (this.#state) this.#render(this.#state, { settings: true, cursor: true });
  }

  #render(state: State, change: Change): void {
    this.#state = state;
    const { runs, cursor } = state;
    const path = this.chart('path');
    if (path) {
      for (const m of METHODS) {
        byKey(path, m).data = pathPoints(runs[m].points.slice(0, cursor + 1)).map(([x, y]) => ({ x, y }));
      }
      path.update('none');
    }
    const gap = this.chart('gap');
    if (gap) {
      if (change.settings) {
        for (const m of METHODS) byKey(gap, m).data = logPoints(gapPoints(runs[m]));
        gap.update('none');
      } else gap.draw(); // only the step marker moved
    }
    afterCharts(() => this.#renderText(state, change));
  }

  /** The sliders, readouts and playback row for the state: DOM writes, after the charts have drawn. */
  #renderText(state: State, change: Change): void {
    const { settings, runs, cursor } = state;
    if (change.settings) {
      syncSlider(this, 'lr', SLIDERS.lr, settings.lr);
      syncSlider(this, 'momentum', SLIDERS.momentum, settings.momentum);
    }
    showPlayback(this, state, this.labels);
    for (const m of METHODS) {
      this.setText(this.querySelector(`[data-field="${m}-gap"]`), this.#gapText(runs, m, cursor));
      if (change.settings) this.setText(this.querySelector(`[data-field="${m}-steps"]`), this.#reachedText(runs, m));
    }
  }

  #gapText(runs: Runs, m: Method, cursor: number): string {
    const run = runs[m];
    const t = Math.min(cursor, run.points.length - 1);
    return fill(this.labels.gapAt, { g: fmt(gaps(run)[t], 3), t });
  }

  #reachedText(runs: Runs, m: Method): string {
    const run = runs[m];
    if (run.divergedAt !== null) return fill(this.labels.diverged, { k: run.divergedAt });
    const k = settledAt(run);
    return k === null ? this.labels.notReached : fill(this.labels.reached, { k });
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, 'plain', 'plain', { borderWidth: 1.25 }),
      dataset(p, 'heavy', 'heavy', { pointRadius: 2.5 }),
      dataset(p, 'nesterov', 'nesterov'),
      { ...dataset(p, 'ink', 'start', { showLine: false, pointRadius: 8, pointBorderWidth: 2 }), data: [{ x: START[0], y: START[1] }] },
    ], contourLayer(() => bandsFor(FN), () => this.palette), VIEW);
  }

  #gapConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'plain', 'plain', { borderWidth: 1.25 }), dataset(p, 'heavy', 'heavy'), dataset(p, 'nesterov', 'nesterov')] },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: STEPS }),
        y: logAxis(p, this.labels.gap, { min: Math.log10(GAP_RANGE[0]), max: Math.log10(GAP_RANGE[1]), afterBuildTicks: decadeTicks() }),
      }),
      plugins: [stepMarker(() => (this.#state && this.#state.cursor < STEPS ? this.#state.cursor : null), () => this.palette.text)],
    };
  }
}

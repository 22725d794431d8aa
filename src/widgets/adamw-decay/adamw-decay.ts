import { byKey, dataset, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import { decayRuns, DEFAULTS, pathPoints, penalisedMinimum, SLIDERS, valleyBands, VIEW, type DecayLabels } from './model.ts';

const point = (p: readonly number[]) => `(${fmt(p[0], 3)}, ${fmt(p[1], 3)})`;

/**
 * `<adamw-decay>`: a weight-decay slider → PyTorch's Adam with weight_decay = λ (an L2 penalty) and
 * AdamW with the same λ on a valley steep in x and flat in y, both paths on its contours.
 */
export default class AdamwDecay extends ChartWidget<DecayLabels> {
  #weightDecay: number = DEFAULTS.weightDecay;
  // The valley never changes: its bands are computed once.
  #bands = valleyBands();

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#config());
    bindSlider(this, 'weightDecay', SLIDERS.weightDecay, (value) => {
      this.#weightDecay = value;
      this.redraw();
    });
    this.redraw();
  }

  protected redraw(): void {
    const lambda = clampTo(SLIDERS.weightDecay, this.#weightDecay);
    syncSlider(this, 'weightDecay', SLIDERS.weightDecay, lambda);
    const runs = decayRuns(lambda);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    const end = (r: typeof runs.l2) => point(r.points[r.points.length - 1]);
    set('l2', end(runs.l2));
    set('decoupled', end(runs.decoupled));
    set('penalised', point(penalisedMinimum(lambda)));
    const chart = this.chart('path');
    if (chart) {
      byKey(chart, 'l2').data = pathPoints(runs.l2.points).map(([x, y]) => ({ x, y }));
      byKey(chart, 'decoupled').data = pathPoints(runs.decoupled.points).map(([x, y]) => ({ x, y }));
      chart.update('none');
    }
  }

  #config(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, 'rmsprop', 'l2'),
      dataset(p, 'adagrad', 'decoupled'),
    ], bandLayer(() => 'valley', () => this.#bands, () => this.palette), VIEW);
  }
}

import { axis, byKey, chartOptions, dataset, logAxis, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fill, fmt } from '../kit/format.ts';
import {
  BOWL_STEPS, BOWL_VIEW, bowlBands, bowlRun, LOSS_LOG_RANGE, lossSeries, rateSpread, ROTATION, ROTATION_DEFAULT,
  stepsToTarget, type BowlLabels,
} from './model.ts';

/** `<rmsprop-rotation>`: one rotation slider → RMSProp on the turned bowl: its path, its loss beside 0°'s, how soon it arrives. */
export default class RotatedBowl extends ChartWidget<BowlLabels> {
  #angle = ROTATION_DEFAULT;

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('loss', this.q<HTMLCanvasElement>('canvas[data-chart="loss"]'), () => this.#lossConfig());
    bindSlider(this, 'rotation', ROTATION, (angle) => {
      this.#angle = angle;
      this.redraw();
    });
    this.redraw();
  }

  protected redraw(): void {
    const run = bowlRun(this.#angle);
    const path = this.chart('path');
    const loss = this.chart('loss');
    if (path && loss) {
      byKey(path, 'rmsprop').data = run.points.map(([x, y]) => ({ x, y }));
      byKey(loss, 'rmsprop').data = this.#loss(run);
      path.update('none');
      loss.update('none');
    }
    syncSlider(this, 'rotation', ROTATION, this.#angle, 3, '°');
    const steps = stepsToTarget(run);
    this.setText(this.querySelector('[data-field="steps"]'), steps === null ? fill(this.labels.never, { n: BOWL_STEPS }) : String(steps));
    this.setText(this.querySelector('[data-field="spread"]'), fmt(rateSpread(run)));
  }

  /** log10 f, held at the chart's floor below it. */
  #loss(run: ReturnType<typeof bowlRun>) {
    return lossSeries(run).map(([x, f]) => ({ x, y: Math.max(Math.log10(f), LOSS_LOG_RANGE[0]) }));
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [dataset(p, 'rmsprop', 'rmsprop', { pointRadius: 2.5 })], bandLayer(() => String(this.#angle), () => bowlBands(this.#angle), () => this.palette), BOWL_VIEW);
  }

  #lossConfig(): LineConfig {
    const p = this.palette;
    const [lo, hi] = LOSS_LOG_RANGE;
    const reference = dataset(p, 'ink', 'reference', { borderWidth: 1.25 });
    reference.data = this.#loss(bowlRun(0));
    return {
      type: 'line',
      data: { datasets: [reference, dataset(p, 'rmsprop', 'rmsprop')] },
      options: chartOptions({ x: axis(p, this.labels.step, { min: 0, max: BOWL_STEPS }), y: logAxis(p, this.labels.loss, { min: lo, max: hi }) }),
    };
  }
}

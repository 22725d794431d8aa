import { axis, byKey, chartOptions, dataset, logPoints, logAxis, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import {
  DEFAULTS, ERROR_RANGE, errorCurve, RATE_RANGE, rateCurve, SLIDERS, sparseRuns, STEPS,
  type SparseLabels, type SparseSettings,
} from './model.ts';

const THIN = { borderWidth: 1.25 };
const THICK = { borderWidth: 2.75 };

/**
 * `<adagrad-sparse>`: the rare feature's period k and η → AdaGrad and SGD at η/√t on two features,
 * one present every step, one every k steps: each weight's distance to its target and the step sizes.
 */
export default class AdagradSparse extends ChartWidget<SparseLabels> {
  #settings: SparseSettings = { ...DEFAULTS };

  protected start(): void {
    this.addChart('error', this.q<HTMLCanvasElement>('canvas[data-chart="error"]'), () => this.#errorConfig());
    this.addChart('rate', this.q<HTMLCanvasElement>('canvas[data-chart="rate"]'), () => this.#rateConfig());
    for (const name of ['period', 'lr'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  protected redraw(): void {
    const s: SparseSettings = { period: clampTo(SLIDERS.period, this.#settings.period), lr: clampTo(SLIDERS.lr, this.#settings.lr) };
    syncSlider(this, 'period', SLIDERS.period, s.period);
    syncSlider(this, 'lr', SLIDERS.lr, s.lr);
    const runs = sparseRuns(s);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    const rareError = (trace: typeof runs.sgd) => fmt(Math.abs(trace.points[STEPS][1] - 1), 3);
    set('rare-adagrad', rareError(runs.adagrad));
    set('rare-sgd', rareError(runs.sgd));
    set('ratio', fmt(runs.adagrad.rate[STEPS - 1][1] / runs.sgd.rate[STEPS - 1][1], 3));
    const error = this.chart('error');
    if (error) {
      byKey(error, 'sgd-x').data = logPoints(errorCurve(runs.sgd.points, 0));
      byKey(error, 'sgd-y').data = logPoints(errorCurve(runs.sgd.points, 1));
      byKey(error, 'adagrad-x').data = logPoints(errorCurve(runs.adagrad.points, 0));
      byKey(error, 'adagrad-y').data = logPoints(errorCurve(runs.adagrad.points, 1));
      error.update('none');
    }
    const rate = this.chart('rate');
    if (rate) {
      byKey(rate, 'sgd').data = logPoints(rateCurve(runs.sgd.rate, 0));
      byKey(rate, 'adagrad-x').data = logPoints(rateCurve(runs.adagrad.rate, 0));
      byKey(rate, 'adagrad-y').data = logPoints(rateCurve(runs.adagrad.rate, 1));
      rate.update('none');
    }
  }

  #curveOptions(title: string, range: [number, number]) {
    const p = this.palette;
    return chartOptions({
      x: axis(p, this.labels.step, { min: 0, max: STEPS }),
      y: logAxis(p, title, { min: Math.log10(range[0]), max: Math.log10(range[1]) }),
    });
  }

  #errorConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: {
        datasets: [
          dataset(p, 'weights', 'sgd-x', THIN), dataset(p, 'weights', 'sgd-y', THICK),
          dataset(p, 'adagrad', 'adagrad-x', THIN), dataset(p, 'adagrad', 'adagrad-y', THICK),
        ],
      },
      options: this.#curveOptions(this.labels.error, ERROR_RANGE),
    };
  }

  #rateConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'weights', 'sgd'), dataset(p, 'adagrad', 'adagrad-x', THIN), dataset(p, 'adagrad', 'adagrad-y', THICK)] },
      options: this.#curveOptions(this.labels.rate, RATE_RANGE),
    };
  }
}

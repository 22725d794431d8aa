import { axis, byKey, chartOptions, dataset, logPoints, logAxis, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandLayer } from '../kit/contour-layer.ts';
import { bindSlider, setProp, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import {
  ACC_RANGE, accumulatorRuns, bowlBands, curve, DEFAULTS, pathPoints, RATE_RANGE, SLIDERS, STEPS, VIEW,
  type AccumulatorLabels, type AccumulatorSettings,
} from './model.ts';

const NAMES = ['lr', 'initialAccumulator', 'lrDecay', 'eps'] as const;

/**
 * `<adagrad-accumulator>`: η, G₀, lr_decay, ε and the ε-placement switch → AdaGrad (and SGD with the
 * same η) on 0.1x² + 2y²: the paths on its contours, and G and η/(√G + ε) per coordinate on log axes.
 */
export default class AdagradAccumulator extends ChartWidget<AccumulatorLabels> {
  #settings: AccumulatorSettings = { ...DEFAULTS };
  #bands = bowlBands();

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('acc', this.q<HTMLCanvasElement>('canvas[data-chart="acc"]'), () => this.#curveConfig(this.labels.accumulator, ACC_RANGE));
    this.addChart('rate', this.q<HTMLCanvasElement>('canvas[data-chart="rate"]'), () => this.#curveConfig(this.labels.rate, RATE_RANGE));
    for (const name of NAMES) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    const epsIn = this.q<HTMLInputElement>('input[name="epsIn"]');
    epsIn.addEventListener('change', () => {
      this.#settings = { ...this.#settings, epsInSqrt: epsIn.checked };
      this.redraw();
    });
    this.redraw();
  }

  protected redraw(): void {
    const s: AccumulatorSettings = {
      lr: clampTo(SLIDERS.lr, this.#settings.lr),
      initialAccumulator: clampTo(SLIDERS.initialAccumulator, this.#settings.initialAccumulator),
      lrDecay: clampTo(SLIDERS.lrDecay, this.#settings.lrDecay),
      eps: clampTo(SLIDERS.eps, this.#settings.eps),
      epsInSqrt: this.#settings.epsInSqrt,
    };
    for (const name of NAMES) syncSlider(this, name, SLIDERS[name], s[name]);
    setProp(this.q<HTMLInputElement>('input[name="epsIn"]'), 'checked', s.epsInSqrt);
    const runs = accumulatorRuns(s);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    const lossText = (run: typeof runs.sgd) => (run.divergedAt === null ? fmt(run.loss[run.loss.length - 1], 3) : this.labels.diverged);
    set('loss-adagrad', lossText(runs.adagrad));
    set('loss-sgd', lossText(runs.sgd));
    const rate = runs.adagrad.effectiveLr.at(-1);
    set('rate-x', fmt(rate?.[0], 3));
    set('rate-y', fmt(rate?.[1], 3));

    const path = this.chart('path');
    if (path) {
      byKey(path, 'adagrad').data = pathPoints(runs.adagrad.points).map(([x, y]) => ({ x, y }));
      byKey(path, 'sgd').data = pathPoints(runs.sgd.points).map(([x, y]) => ({ x, y }));
      path.update('none');
    }
    const fill = (name: string, values: typeof runs.adagrad.accumulators, range: [number, number]) => {
      const chart = this.chart(name);
      if (!chart) return;
      for (const c of [0, 1] as const) {
        byKey(chart, c === 0 ? 'x' : 'y').data = logPoints(curve(values, c, range));
      }
      chart.update('none');
    };
    fill('acc', runs.adagrad.accumulators, ACC_RANGE);
    fill('rate', runs.adagrad.effectiveLr, RATE_RANGE);
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, 'raw', 'sgd', { borderWidth: 1.25 }),
      dataset(p, 'adagrad', 'adagrad', { pointRadius: 2.5 }),
    ], bandLayer(() => 'bowl', () => this.#bands, () => this.palette), VIEW);
  }

  #curveConfig(title: string, range: [number, number]): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'average', 'x'), dataset(p, 'corrected', 'y')] },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: STEPS }),
        y: logAxis(p, title, { min: Math.log10(range[0]), max: Math.log10(range[1]) }),
      }),
    };
  }
}

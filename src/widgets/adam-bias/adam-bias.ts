import { axis, byKey, chartOptions, dataset, logPoints, logAxis, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import { correctedSteps, DEFAULTS, largest, RATIO_RANGE, ratioPoints, SLIDERS, STEPS, uncorrectedSteps, type BiasLabels, type BiasSettings } from './model.ts';

/**
 * `<adam-bias>`: β₁ and β₂ sliders → the size of Adam's step on a constant gradient at each of the
 * first steps, with PyTorch's bias correction and without it.
 */
export default class AdamBias extends ChartWidget<BiasLabels> {
  #settings: BiasSettings = { ...DEFAULTS };

  protected start(): void {
    this.addChart('steps', this.q<HTMLCanvasElement>('canvas[data-chart="steps"]'), () => this.#config());
    for (const name of ['beta1', 'beta2'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  protected redraw(): void {
    const settings = { beta1: clampTo(SLIDERS.beta1, this.#settings.beta1), beta2: clampTo(SLIDERS.beta2, this.#settings.beta2) };
    syncSlider(this, 'beta1', SLIDERS.beta1, settings.beta1);
    syncSlider(this, 'beta2', SLIDERS.beta2, settings.beta2, 4);
    const corrected = correctedSteps(settings);
    const uncorrected = uncorrectedSteps(settings);
    const peak = largest(uncorrected);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    set('first', fmt(uncorrected[0], 3));
    set('peak', fmt(peak.value, 3));
    set('peak-at', String(peak.at));
    set('corrected', fmt(corrected[0], 3));
    const chart = this.chart('steps');
    if (chart) {
      byKey(chart, 'corrected').data = logPoints(ratioPoints(corrected));
      byKey(chart, 'uncorrected').data = logPoints(ratioPoints(uncorrected));
      chart.update('none');
    }
  }

  #config(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'rmsprop', 'corrected'), dataset(p, 'adagrad', 'uncorrected')] },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: STEPS }),
        y: logAxis(p, this.labels.ratio, { min: Math.log10(RATIO_RANGE[0]), max: Math.log10(RATIO_RANGE[1]) }),
      }),
    };
  }
}

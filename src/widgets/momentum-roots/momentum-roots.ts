import { axis, byKey, chartOptions, dataset, stepMarker, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import { DEFAULTS, LOG_H, rootCurves, SLIDERS, stepsToThousandth, worstContraction, type RootLabels } from './model.ts';

type Settings = { kappa: number; momentum: number; lr: number };

/**
 * `<momentum-roots>`: κ, μ and η sliders → the factor |z| by which one step shrinks the error along a
 * direction of curvature h, for plain descent, the heavy ball and Nesterov; the worst over [1/κ, 1].
 */
export default class MomentumRoots extends ChartWidget<RootLabels> {
  #settings: Settings = { ...DEFAULTS };

  protected start(): void {
    this.addChart('roots', this.q<HTMLCanvasElement>('canvas[data-chart="roots"]'), () => this.#config());
    for (const name of ['kappa', 'momentum', 'lr'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  #clamped(): Settings {
    return {
      kappa: clampTo(SLIDERS.kappa, this.#settings.kappa),
      momentum: clampTo(SLIDERS.momentum, this.#settings.momentum),
      lr: clampTo(SLIDERS.lr, this.#settings.lr),
    };
  }

  protected redraw(): void {
    const { kappa, momentum, lr } = this.#clamped();
    syncSlider(this, 'kappa', SLIDERS.kappa, kappa, 4);
    syncSlider(this, 'momentum', SLIDERS.momentum, momentum);
    syncSlider(this, 'lr', SLIDERS.lr, lr);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    const steps = (rate: number) => (rate < 1 ? String(stepsToThousandth(rate)) : this.labels.never);
    const plain = worstContraction(1 / kappa, 1, lr, 0);
    const heavy = worstContraction(1 / kappa, 1, lr, momentum);
    set('plain', fmt(plain, 4));
    set('plain-steps', steps(plain));
    set('heavy', fmt(heavy, 4));
    set('heavy-steps', steps(heavy));
    const chart = this.chart('roots');
    if (chart) {
      const curves = rootCurves(lr, momentum);
      for (const key of ['plain', 'heavy', 'nesterov'] as const) byKey(chart, key).data = curves[key].map(([x, y]) => ({ x, y }));
      chart.update('none');
    }
  }

  #config(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: {
        datasets: [
          dataset(p, 'adagrad', 'plain'),
          dataset(p, 'rmsprop', 'heavy'),
          dataset(p, 'weights', 'nesterov', { borderWidth: 1.25 }),
        ],
      },
      options: chartOptions({
        x: axis(p, this.labels.logH, { min: LOG_H[0], max: LOG_H[1] }),
        y: axis(p, this.labels.factor, { min: 0, max: 1.5 }),
      }),
      plugins: [stepMarker(() => Math.log10(1 / this.#clamped().kappa), () => this.palette.text)],
    };
  }
}

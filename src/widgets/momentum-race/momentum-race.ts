import { axis, byKey, chartOptions, dataset, decadeTicks, logPoints, logAxis, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
const sci = (v: number) => fmt(v, 2);
import { clampTo } from '../kit/slider.ts';
import { bowlBands, DEFAULTS, LOSS_RANGE, lossPoints, pathPoints, raceRuns, SLIDERS, STEPS, VIEW, type RaceLabels, type RaceSettings } from './model.ts';

/**
 * `<momentum-race>`: κ, μ and η sliders → plain descent and the heavy ball (PyTorch's SGD) on the bowl
 * ½(x²/κ + y²): both paths on its contours and both losses on a log scale.
 */
export default class MomentumRace extends ChartWidget<RaceLabels> {
  #settings: RaceSettings = { ...DEFAULTS };
  #bands = { kappa: NaN, bands: bowlBands(DEFAULTS.kappa) };

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('loss', this.q<HTMLCanvasElement>('canvas[data-chart="loss"]'), () => this.#lossConfig());
    for (const name of ['kappa', 'momentum', 'lr'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  #currentBands() {
    const kappa = clampTo(SLIDERS.kappa, this.#settings.kappa);
    if (this.#bands.kappa !== kappa) this.#bands = { kappa, bands: bowlBands(kappa) };
    return this.#bands.bands;
  }

  protected redraw(): void {
    const settings = {
      kappa: clampTo(SLIDERS.kappa, this.#settings.kappa),
      momentum: clampTo(SLIDERS.momentum, this.#settings.momentum),
      lr: clampTo(SLIDERS.lr, this.#settings.lr),
    };
    syncSlider(this, 'kappa', SLIDERS.kappa, settings.kappa, 4);
    syncSlider(this, 'momentum', SLIDERS.momentum, settings.momentum);
    syncSlider(this, 'lr', SLIDERS.lr, settings.lr);
    const runs = raceRuns(settings);
    const last = (run: typeof runs.plain) => (run.divergedAt === null ? sci(run.loss[run.loss.length - 1]) : this.labels.diverged);
    this.setText(this.querySelector('[data-field="plain"]'), last(runs.plain));
    this.setText(this.querySelector('[data-field="heavy"]'), last(runs.heavy));
    this.#currentBands();
    const path = this.chart('path');
    if (path) {
      byKey(path, 'plain').data = pathPoints(runs.plain.points).map(([x, y]) => ({ x, y }));
      byKey(path, 'heavy').data = pathPoints(runs.heavy.points).map(([x, y]) => ({ x, y }));
      path.update('none');
    }
    const loss = this.chart('loss');
    if (loss) {
      byKey(loss, 'plain').data = logPoints(lossPoints(runs.plain.loss));
      byKey(loss, 'heavy').data = logPoints(lossPoints(runs.heavy.loss));
      loss.update('none');
    }
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, 'adagrad', 'plain', { borderWidth: 1.25 }),
      dataset(p, 'rmsprop', 'heavy', { pointRadius: 2.5 }),
    ], bandLayer(() => `bowl-${this.#bands.kappa}`, () => this.#currentBands(), () => this.palette), VIEW);
  }

  #lossConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'adagrad', 'plain'), dataset(p, 'rmsprop', 'heavy')] },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: STEPS }),
        y: logAxis(p, this.labels.loss, { min: Math.log10(LOSS_RANGE[0]), max: Math.log10(LOSS_RANGE[1]), afterBuildTicks: decadeTicks() }),
      }),
    };
  }
}

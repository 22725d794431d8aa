import { axis, byKey, chartOptions, dataset, logPoints, logAxis, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandsFor } from '../kit/contour-bands.ts';
import { contourLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import { DEFAULTS, FN, GAP_RANGE, gapPoints, pathPoints, raceRuns, RACERS, SLIDERS, STEPS, TAGS, VIEW, type RaceLabels, type RaceSettings } from './model.ts';


/**
 * `<adam-race>`: two learning-rate sliders → momentum SGD, RMSProp and Adam on the series' function:
 * the three paths on its contours and each loss's distance above the global minimum.
 */
export default class AdamRace extends ChartWidget<RaceLabels> {
  #settings: RaceSettings = { ...DEFAULTS };

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('gap', this.q<HTMLCanvasElement>('canvas[data-chart="gap"]'), () => this.#gapConfig());
    for (const name of ['lr', 'sgdLr'] as const) {
      bindSlider(this, name, SLIDERS[name], (value) => {
        this.#settings = { ...this.#settings, [name]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  protected redraw(): void {
    const settings = { lr: clampTo(SLIDERS.lr, this.#settings.lr), sgdLr: clampTo(SLIDERS.sgdLr, this.#settings.sgdLr) };
    syncSlider(this, 'lr', SLIDERS.lr, settings.lr);
    syncSlider(this, 'sgdLr', SLIDERS.sgdLr, settings.sgdLr);
    const runs = raceRuns(settings);
    const path = this.chart('path');
    const gap = this.chart('gap');
    for (const r of RACERS) {
      const run = runs[r];
      this.setText(this.querySelector(`[data-field="${r}"]`), run.divergedAt === null ? fmt(run.loss[run.loss.length - 1], 4) : this.labels.diverged);
      if (path) byKey(path, r).data = pathPoints(run.points).map(([x, y]) => ({ x, y }));
      if (gap) byKey(gap, r).data = logPoints(gapPoints(run.loss));
    }
    path?.update('none');
    gap?.update('none');
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, TAGS.momentum, 'momentum', { borderWidth: 1.25 }),
      dataset(p, TAGS.rmsprop, 'rmsprop', { pointRadius: 2 }),
      dataset(p, TAGS.adam, 'adam'),
    ], contourLayer(() => bandsFor(FN), () => this.palette), VIEW);
  }

  #gapConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: RACERS.map((r) => dataset(p, TAGS[r], r)) },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 0, max: STEPS }),
        y: logAxis(p, this.labels.gap, { min: Math.log10(GAP_RANGE[0]), max: Math.log10(GAP_RANGE[1]) }),
      }),
    };
  }
}

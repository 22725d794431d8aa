import { ewmaWeights, halfLife, memoryWindow } from '../../lib/index.ts';
import { axis, byKey, chartOptions, dataset, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { comparisonDefaults } from '../kit/comparison.ts';
import { bandsFor } from '../kit/contour-bands.ts';
import { contourLayer } from '../kit/contour-layer.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { clampTo } from '../kit/slider.ts';
import { GAMMA, GAMMA_DEFAULT, gammaRuns, PATH_FN, PATH_VIEW, typicalStep, WEIGHT_COUNT, type GammaLabels } from './model.ts';

/**
 * `<rmsprop-gamma>`: one γ slider → the EWMA weights (1 − γ)γᵏ, the memory window and half-life,
 * and RMSProp's path on the article's function for that γ.
 */
export default class GammaExplorer extends ChartWidget<GammaLabels> {
  #gamma = GAMMA_DEFAULT;

  protected start(): void {
    this.addChart('weights', this.q<HTMLCanvasElement>('canvas[data-chart="weights"]'), () => this.#weightConfig());
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    bindSlider(this, 'gamma', GAMMA, (gamma) => {
      this.#gamma = gamma;
      this.redraw();
    });
    this.redraw();
  }

  protected redraw(): void {
    const gamma = clampTo(GAMMA, this.#gamma);
    syncSlider(this, 'gamma', GAMMA, gamma);
    const set = (field: string, value: string) => this.setText(this.querySelector(`[data-field="${field}"]`), value);
    set('window', fmt(memoryWindow(gamma)));
    set('half-life', fmt(halfLife(gamma)));
    const runs = gammaRuns(gamma);
    const [sx, sy] = typicalStep(runs.rmsprop.updates, comparisonDefaults.lr);
    set('step-x', fmt(sx));
    set('step-y', fmt(sy));
    const weights = this.chart('weights');
    if (weights) {
      byKey(weights, 'weights').data = ewmaWeights(gamma, WEIGHT_COUNT).map((y, k) => ({ x: k, y }));
      weights.update('none');
    }
    const path = this.chart('path');
    if (path) {
      byKey(path, 'rmsprop').data = runs.rmsprop.points.map(([x, y]) => ({ x, y }));
      byKey(path, 'adagrad').data = runs.adagrad.points.map(([x, y]) => ({ x, y }));
      path.update('none');
    }
  }

  #weightConfig(): LineConfig {
    const p = this.palette;
    return {
      type: 'line',
      data: { datasets: [dataset(p, 'weights', 'weights', { pointRadius: 3 })] },
      options: chartOptions({
        x: axis(p, this.labels.lag, { min: 0, max: WEIGHT_COUNT - 1 }),
        y: axis(p, this.labels.weight, { min: 0 }),
      }),
    };
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, [
      dataset(p, 'adagrad', 'adagrad', { borderWidth: 1.25 }),
      dataset(p, 'rmsprop', 'rmsprop', { pointRadius: 2.5 }),
    ], contourLayer(() => bandsFor(PATH_FN), () => this.palette), PATH_VIEW);
  }
}

import { axis, byKey, chartOptions, dataset, logPoints, logAxis, planeConfig, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bandLayer } from '../kit/contour-layer.ts';
import { bindSlider, setProp, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { COMPARED } from '../kit/series.ts';
import {
  BALL_VIEW, ballBands, NOISE, noiseDefaults, noiseFacts, noiseLevel, noiseRuns, NOISE_STEPS, RATE_LOG_RANGE,
  rateSeries, sanitizeNoise, type NoiseLabels, type NoiseSettings,
} from './model.ts';

/**
 * `<rmsprop-noise>`: σ and a seed → the article's run with noisy gradients (the library's seeded
 * noise) → both paths around the minimum, both step sizes, and what RMSProp does once there.
 */
export default class NoiseBall extends ChartWidget<NoiseLabels> {
  #settings: NoiseSettings = { ...noiseDefaults };

  protected start(): void {
    this.addChart('path', this.q<HTMLCanvasElement>('canvas[data-chart="path"]'), () => this.#pathConfig());
    this.addChart('rate', this.q<HTMLCanvasElement>('canvas[data-chart="rate"]'), () => this.#rateConfig());
    bindSlider(this, 'sigma', NOISE, (sigma) => this.#set({ sigma }));
    const seed = this.q<HTMLInputElement>('input[name="seed"]');
    seed.addEventListener('change', () => {
      if (Number.isFinite(seed.valueAsNumber)) this.#set({ seed: seed.valueAsNumber });
      seed.value = String(this.#settings.seed); // the seed in use: rounded, clamped, or kept after junk
    });
    this.redraw();
  }

  #set(change: Partial<NoiseSettings>): void {
    this.#settings = sanitizeNoise({ ...this.#settings, ...change });
    this.redraw();
  }

  protected redraw(): void {
    const { sigma, seed } = this.#settings;
    const runs = noiseRuns(this.#settings);
    const facts = noiseFacts(runs);
    const level = noiseLevel(sigma);
    const path = this.chart('path');
    const rate = this.chart('rate');
    if (path && rate) {
      for (const o of COMPARED) {
        byKey(path, o).data = runs[o].points.map(([x, y]) => ({ x, y }));
        byKey(rate, o).data = logPoints(rateSeries(runs[o]));
      }
      byKey(rate, 'level').data = level === null ? [] : [1, NOISE_STEPS].map((x) => ({ x, y: Math.log10(level) }));
      path.update('none');
      rate.update('none');
    }
    syncSlider(this, 'sigma', NOISE, sigma);
    const box = this.q<HTMLInputElement>('input[name="seed"]');
    if (document.activeElement !== box) setProp(box, 'value', String(seed));
    const set = (field: string, value: number) => this.setText(this.querySelector(`[data-field="${field}"]`), fmt(value));
    set('mean-s', facts.meanS);
    set('variance', sigma * sigma);
    set('mean-step', facts.meanStep);
    set('radius', facts.radius);
    set('adagrad', facts.adagradGap);
  }

  #pathConfig(): LineConfig {
    const p = this.palette;
    return planeConfig(p, COMPARED.map((o) => dataset(p, o, o, { borderWidth: 1.25 })), bandLayer(() => 'ball', ballBands, () => this.palette), BALL_VIEW);
  }

  #rateConfig(): LineConfig {
    const p = this.palette;
    const [lo, hi] = RATE_LOG_RANGE;
    return {
      type: 'line',
      data: { datasets: [...COMPARED.map((o) => dataset(p, o, o)), dataset(p, 'ink', 'level', { borderWidth: 1.25 })] },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 1, max: NOISE_STEPS }),
        y: logAxis(p, this.labels.rate, { min: lo, max: hi }),
      }),
    };
  }
}

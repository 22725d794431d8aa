import type { ChartConfiguration } from 'chart.js';
import { Chart } from '../chart-setup.ts';
import { readPalette, type ChartPalette } from '../palette.ts';
import { onThemeChange } from '../theme.ts';
import { ewmaWeights, halfLife, memoryWindow, trajectoryDefaults } from '../../../lib/index.ts';
import { gammaRuns, typicalStep, WEIGHT_COUNT } from './gamma-runs.ts';
import { axis, recolourAxes, staticChartOptions } from './charts.ts';
import { contourLayer } from './contour-layer.ts';
import { fmt } from './format.ts';
import { colourOf, optimizerStyle } from './styles.ts';

/** Text the server renders into data-labels. */
interface GammaLabels {
  lag: string;
  weight: string;
}

/**
 * `<rmsprop-gamma>`: one γ slider → the EWMA weights (1 − γ)γᵏ, the memory window and
 * half-life, and RMSProp's path on the article's function for that γ.
 */
export class GammaExplorer extends HTMLElement {
  #weights?: Chart<'line'>;
  #path?: Chart<'line'>;
  #palette!: ChartPalette;
  #stopWatchingTheme?: () => void;

  connectedCallback(): void {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as GammaLabels;
    this.#palette = readPalette(this);
    const slider = this.querySelector<HTMLInputElement>('input[name="gamma"]')!;
    this.#weights = new Chart(this.querySelector<HTMLCanvasElement>('canvas[data-chart="weights"]')!, this.#weightConfig(labels));
    this.#path = new Chart(this.querySelector<HTMLCanvasElement>('canvas[data-chart="path"]')!, this.#pathConfig());
    slider.addEventListener('input', () => this.#render(Number(slider.value)));
    this.#stopWatchingTheme = onThemeChange(() => this.#recolour());
    this.#render(Number(slider.value));
  }

  disconnectedCallback(): void {
    this.#stopWatchingTheme?.();
    this.#weights?.destroy();
    this.#path?.destroy();
    this.#weights = this.#path = undefined;
  }

  #render(raw: number): void {
    const gamma = Number.isFinite(raw) ? Math.min(0.999, Math.max(0, raw)) : 0.9;
    const set = (field: string, value: string) => {
      const el = this.querySelector(`[data-field="${field}"]`);
      if (el) el.textContent = value;
    };
    set('gamma', fmt(gamma));
    this.querySelector('input[name="gamma"]')?.setAttribute('aria-valuetext', fmt(gamma));
    set('window', fmt(memoryWindow(gamma)));
    set('half-life', fmt(halfLife(gamma)));
    const runs = gammaRuns(gamma);
    const [sx, sy] = typicalStep(runs.rmsprop.updates, trajectoryDefaults.lr);
    set('step-x', fmt(sx));
    set('step-y', fmt(sy));
    if (this.#weights) {
      this.#weights.data.datasets[0].data = ewmaWeights(gamma, WEIGHT_COUNT).map((y, k) => ({ x: k, y }));
      this.#weights.update('none');
    }
    if (this.#path) {
      this.#path.data.datasets[0].data = runs.rmsprop.points.map(([x, y]) => ({ x, y }));
      this.#path.data.datasets[1].data = runs.adagrad.points.map(([x, y]) => ({ x, y }));
      this.#path.update('none');
    }
  }

  #recolour(): void {
    this.#palette = readPalette(this);
    const p = this.#palette;
    if (this.#weights) {
      const ds = this.#weights.data.datasets[0];
      ds.borderColor = ds.backgroundColor = p.series[2];
      recolourAxes(this.#weights, p);
      this.#weights.update('none');
    }
    if (this.#path) {
      const [r, a] = this.#path.data.datasets;
      r.borderColor = r.backgroundColor = colourOf(p, 'rmsprop');
      a.borderColor = a.backgroundColor = colourOf(p, 'adagrad');
      recolourAxes(this.#path, p);
      this.#path.update('none');
    }
  }

  #weightConfig(labels: GammaLabels): ChartConfiguration<'line'> {
    const p = this.#palette;
    return {
      type: 'line',
      data: {
        datasets: [{
          label: labels.weight, data: [], borderColor: p.series[2], backgroundColor: p.series[2],
          borderWidth: 2, pointRadius: 3, pointStyle: 'rectRot', stepped: false,
        }],
      },
      options: {
        ...staticChartOptions,
        scales: { x: axis(p, labels.lag, { min: 0, max: WEIGHT_COUNT - 1 }), y: axis(p, labels.weight, { min: 0 }) },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
    };
  }

  #pathConfig(): ChartConfiguration<'line'> {
    const p = this.#palette;
    const line = (name: 'rmsprop' | 'adagrad') => ({
      label: optimizerStyle[name].label, data: [] as { x: number; y: number }[],
      borderColor: colourOf(p, name), backgroundColor: colourOf(p, name),
      borderDash: [...optimizerStyle[name].dash], borderWidth: name === 'rmsprop' ? 2 : 1.25,
      pointStyle: optimizerStyle[name].point, pointRadius: name === 'rmsprop' ? 2.5 : 0,
    });
    return {
      type: 'line',
      data: { datasets: [line('rmsprop'), line('adagrad')] },
      options: {
        ...staticChartOptions,
        scales: { x: axis(p, 'x', { min: -5, max: 5 }), y: axis(p, 'y', { min: -5, max: 5 }) },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [contourLayer(() => 'wavy', () => ({ fill: this.#palette.text, line: this.#palette.grid }))],
    };
  }
}

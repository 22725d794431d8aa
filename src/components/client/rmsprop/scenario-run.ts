import type { ChartConfiguration } from 'chart.js';
import { Chart } from '../chart-setup.ts';
import { readPalette, type ChartPalette } from '../palette.ts';
import { onThemeChange } from '../theme.ts';
import { axis, log10OrNull, logAxis, recolourAxes, stepMarker, staticChartOptions } from './charts.ts';
import { fmt } from './format.ts';
import { GAP_FLOOR, scenarioDefaults, scenarioSeries, type ScenarioControls, type ScenarioName } from './scenario-series.ts';
import { colourOf, optimizerStyle, type Optimizer } from './styles.ts';

/** Text the server renders into data-labels. */
interface ScenarioLabels {
  step: string;
  gap: string;
  rate: string;
}

const OPTIMIZERS: Optimizer[] = ['adagrad', 'rmsprop'];

/**
 * `<rmsprop-scenario data-scenario="nonstationary|sparse">`: AdaGrad and RMSProp through a
 * changing task or with a rarely active coordinate; controls → settings → lib → two charts.
 */
export class ScenarioRun extends HTMLElement {
  #charts: Chart<'line'>[] = [];
  #palette!: ChartPalette;
  #controls: ScenarioControls = { ...scenarioDefaults };
  #events: number[] = [];
  #stopWatchingTheme?: () => void;

  connectedCallback(): void {
    const name = (this.dataset.scenario === 'sparse' ? 'sparse' : 'nonstationary') as ScenarioName;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as ScenarioLabels;
    this.#palette = readPalette(this);
    this.#charts = (['gap', 'rate'] as const).map((kind) =>
      new Chart(this.querySelector<HTMLCanvasElement>(`canvas[data-chart="${kind}"]`)!, this.#config(kind === 'gap' ? labels.gap : labels.rate, labels.step, kind === 'gap' ? GAP_FLOOR : undefined)));
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="range"]')) {
      input.addEventListener('input', () => {
        const key = input.name as keyof ScenarioControls;
        this.#controls = { ...this.#controls, [key]: Number(input.value) };
        this.#render(name);
      });
    }
    this.#stopWatchingTheme = onThemeChange(() => this.#recolour());
    this.#render(name);
  }

  disconnectedCallback(): void {
    this.#stopWatchingTheme?.();
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
  }

  #render(name: ScenarioName): void {
    const { gamma, period } = this.#controls;
    const series = scenarioSeries(name, { gamma: Math.min(0.999, Math.max(0, gamma || 0)), period: Math.min(50, Math.max(1, Math.round(period || 1))) });
    this.#events = series.result.events;
    for (const [field, value] of [['gamma', fmt(gamma)], ['period', String(Math.round(period))]] as const) {
      const out = this.querySelector(`output[data-field="${field}"]`);
      if (out) out.textContent = value;
      this.querySelector(`input[name="${field}"]`)?.setAttribute('aria-valuetext', value);
    }
    const last = series.result.options.steps;
    const final = (o: Optimizer) => series.gap[o][last - 1][1];
    for (const o of OPTIMIZERS) {
      const out = this.querySelector(`[data-field="final-${o}"]`);
      if (out) out.textContent = fmt(final(o) ?? 0);
    }
    [series.gap, series.rate].forEach((data, i) => {
      const chart = this.#charts[i];
      OPTIMIZERS.forEach((o, k) => (chart.data.datasets[k].data = data[o].map(([x, y]) => ({ x, y: y === null ? null : log10OrNull(y) }))));
      chart.options.scales!.x!.max = last;
      chart.update('none');
    });
  }

  #recolour(): void {
    this.#palette = readPalette(this);
    for (const chart of this.#charts) {
      OPTIMIZERS.forEach((o, k) => {
        chart.data.datasets[k].borderColor = colourOf(this.#palette, o);
        chart.data.datasets[k].backgroundColor = colourOf(this.#palette, o);
      });
      recolourAxes(chart, this.#palette);
      chart.update('none');
    }
  }

  #config(title: string, step: string, min?: number): ChartConfiguration<'line'> {
    const p = this.#palette;
    return {
      type: 'line',
      data: {
        datasets: OPTIMIZERS.map((o) => ({
          label: optimizerStyle[o].label, data: [] as { x: number; y: number | null }[],
          borderColor: colourOf(p, o), backgroundColor: colourOf(p, o), borderDash: [...optimizerStyle[o].dash],
          borderWidth: 2, pointStyle: optimizerStyle[o].point,
          pointRadius: (ctx) => (ctx.dataIndex % 20 === 19 ? 3.5 : 0),
        })),
      },
      options: {
        ...staticChartOptions,
        scales: {
          x: axis(p, step, { min: 1 }),
          y: logAxis(p, title, min === undefined ? {} : { min: Math.log10(min) }),
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [stepMarker(() => this.#events[0] ?? null, () => this.#palette.text)],
    };
  }
}

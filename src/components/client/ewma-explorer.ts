import type { ChartConfiguration } from 'chart.js';
import { Chart, prefersReducedMotion } from './chart-setup.ts';
import { readPalette, type ChartPalette } from './palette.ts';
import { onThemeChange } from './theme.ts';
import { halfLife, memoryWindow } from '../../lib/index.ts';
import { ewmaFigureData, noisySeries, stableRange, type EwmaFigureData } from '../shared/ewma-figure.ts';

/** Labels the server renders into data-labels, in the page's language. */
interface EwmaLabels {
  raw: string;
  average: string;
  corrected: string;
  step: string;
}

/**
 * `<ewma-explorer>`: a β slider that redraws a noisy series, its EWMA and the
 * bias-corrected EWMA. Data flows one way: slider → #beta → lib → chart.
 * The chart is made once and updated in place; it is destroyed on removal.
 */
export class EwmaExplorer extends HTMLElement {
  #chart?: Chart<'line'>;
  #raw: number[] = [];
  #beta = 0.9;
  #stopWatchingTheme?: () => void;

  connectedCallback(): void {
    const { steps = '100', seed = '1', beta = '0.9', labels = '{}' } = this.dataset;
    this.#raw = noisySeries({ steps: Number(steps), seed: Number(seed) });
    this.#beta = Number(beta);
    const label = JSON.parse(labels) as EwmaLabels;

    const slider = this.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = String(this.#beta);
    slider.addEventListener('input', () => {
      this.#beta = Number(slider.value);
      this.#render();
    });

    const canvas = this.querySelector('canvas')!;
    this.#chart = new Chart(canvas, this.#config(label, readPalette(this)));
    this.#stopWatchingTheme = onThemeChange(() => this.#recolour());
    this.#render();
  }

  disconnectedCallback(): void {
    this.#stopWatchingTheme?.();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  /** Everything that depends on β: the readouts and the two average lines. */
  #render(): void {
    const data = ewmaFigureData(this.#raw, this.#beta);
    this.#setText('output', this.#beta.toFixed(2));
    this.#setText('[data-readout="memory"]', memoryWindow(this.#beta).toFixed(1));
    this.#setText('[data-readout="half-life"]', halfLife(this.#beta).toFixed(2));
    this.#updateChart(data);
  }

  #setText(selector: string, text: string): void {
    const element = this.querySelector(selector);
    if (element) element.textContent = text;
  }

  #updateChart({ average, corrected }: EwmaFigureData): void {
    const chart = this.#chart;
    if (!chart) return;
    chart.data.datasets[1].data = average.map((y, i) => ({ x: i + 1, y }));
    chart.data.datasets[2].data = corrected.map((y, i) => ({ x: i + 1, y }));
    chart.update('none');
  }

  /** Theme switched: read the palette again and repaint without animation. */
  #recolour(): void {
    const chart = this.#chart;
    if (!chart) return;
    const palette = readPalette(this);
    const colours = [palette.raw, palette.series[0], palette.series[1]];
    chart.data.datasets.forEach((dataset, i) => {
      dataset.borderColor = colours[i];
      dataset.backgroundColor = colours[i];
    });
    for (const scale of [chart.options.scales!.x!, chart.options.scales!.y!]) {
      scale.grid!.color = palette.grid;
      scale.ticks!.color = palette.text;
      (scale as { title: { color: string } }).title.color = palette.text;
    }
    chart.options.plugins!.legend!.labels!.color = palette.text;
    chart.update('none');
  }

  #config(label: EwmaLabels, palette: ChartPalette): ChartConfiguration<'line'> {
    const [yMin, yMax] = stableRange(this.#raw);
    const axis = (title: string, min: number, max: number) => ({
      type: 'linear' as const,
      min,
      max,
      grid: { color: palette.grid },
      ticks: { color: palette.text },
      title: { display: true, text: title, color: palette.text },
    });
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: label.raw,
            data: this.#raw.map((y, i) => ({ x: i + 1, y })),
            showLine: false,
            pointRadius: 2,
            borderColor: palette.raw,
            backgroundColor: palette.raw,
          },
          { label: label.average, data: [], pointRadius: 0, pointStyle: 'line', borderWidth: 2.5, borderColor: palette.series[0], backgroundColor: palette.series[0] },
          {
            label: label.corrected,
            data: [],
            pointRadius: 0,
            pointStyle: 'line',
            borderWidth: 2.5,
            borderDash: [6, 4],
            borderColor: palette.series[1],
            backgroundColor: palette.series[1],
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 300 },
        interaction: { mode: 'index', intersect: false },
        scales: { x: axis(label.step, 1, this.#raw.length), y: axis('', yMin, yMax) },
        plugins: {
          // Line-shaped legend keys show the dash too, not only the colour.
          legend: {
            labels: {
              color: palette.text,
              usePointStyle: true,
              pointStyleWidth: 24,
              boxHeight: 7,
              // Chart.js draws the keys with the point's style, which has no dash: add the line's.
              generateLabels: (chart) =>
                Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({
                  ...item,
                  lineDash: (chart.data.datasets[item.datasetIndex ?? 0] as { borderDash?: number[] }).borderDash ?? [],
                })),
            },
          },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${(item.parsed.y ?? 0).toFixed(2)}` } },
        },
      },
    };
  }
}

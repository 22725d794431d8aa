import { halfLife, memoryWindow } from '../../lib/index.ts';
import { axis, byKey, chartOptions, dataset, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { BETA, EWMA_FIGURE, ewmaFigureData, noisySeries, stableRange, type EwmaLabels } from './model.ts';

/**
 * `<ewma-explorer>`: a β slider that redraws a noisy series' EWMA and bias-corrected EWMA.
 * Slider → β → lib → chart.
 */
export default class EwmaExplorer extends ChartWidget<EwmaLabels> {
  #raw = noisySeries(EWMA_FIGURE);
  #beta: number = EWMA_FIGURE.beta;

  protected start(): void {
    this.addChart('ewma', this.q<HTMLCanvasElement>('canvas'), () => this.#config());
    bindSlider(this, 'beta', BETA, (beta) => {
      this.#beta = beta;
      this.redraw();
    });
    this.redraw();
  }

  protected redraw(): void {
    const beta = this.#beta;
    const { average, corrected } = ewmaFigureData(this.#raw, beta);
    syncSlider(this, 'beta', BETA, beta, 2);
    this.setText(this.querySelector('[data-readout="memory"]'), fmt(memoryWindow(beta)));
    this.setText(this.querySelector('[data-readout="half-life"]'), fmt(halfLife(beta)));
    const chart = this.chart('ewma');
    if (!chart) return;
    byKey(chart, 'average').data = average.map((y, i) => ({ x: i + 1, y }));
    byKey(chart, 'corrected').data = corrected.map((y, i) => ({ x: i + 1, y }));
    chart.update('none');
  }

  #config(): LineConfig {
    const p = this.palette;
    const [yMin, yMax] = stableRange(this.#raw);
    return {
      type: 'line',
      data: {
        datasets: [
          dataset(p, 'corrected', 'corrected', { borderWidth: 2.5 }),
          dataset(p, 'average', 'average', { borderWidth: 2.5 }),
          dataset(p, 'raw', 'raw', { showLine: false, pointRadius: 2, data: this.#raw.map((y, i) => ({ x: i + 1, y })) }),
        ],
      },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 1, max: this.#raw.length }),
        y: axis(p, '', { min: yMin, max: yMax }),
      }),
    };
  }
}

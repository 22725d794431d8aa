import { axis, byKey, chartOptions, dataset, logPoints, logAxis, stepMarker, type LineConfig } from '../kit/chart.ts';
import { ChartWidget } from '../kit/chart-widget.ts';
import { bindSlider, syncSlider } from '../kit/controls.ts';
import { fmt } from '../kit/format.ts';
import { COMPARED } from '../kit/series.ts';
import {
  CHARTS, GAP_FLOOR, SCENARIO_SLIDERS, scenarioDefaults, scenarioSeries,
  type ScenarioChart, type ScenarioControls, type ScenarioLabels, type ScenarioName,
} from './model.ts';

/**
 * `<rmsprop-scenario data-scenario="nonstationary|sparse">`: AdaGrad and RMSProp through a
 * changing task or with a rarely active coordinate; controls → settings → lib → two charts.
 */
export default class ScenarioRun extends ChartWidget<ScenarioLabels> {
  #name: ScenarioName = 'nonstationary';
  #controls: ScenarioControls = { ...scenarioDefaults };
  #events: number[] = [];

  protected start(): void {
    this.#name = this.dataset.scenario === 'sparse' ? 'sparse' : 'nonstationary';
    for (const chart of CHARTS) {
      this.addChart(chart, this.q<HTMLCanvasElement>(`canvas[data-chart="${chart}"]`), () => this.#config(chart));
    }
    for (const key of ['gamma', 'period'] as const) {
      bindSlider(this, key, SCENARIO_SLIDERS[key], (value) => {
        this.#controls = { ...this.#controls, [key]: value };
        this.redraw();
      });
    }
    this.redraw();
  }

  protected redraw(): void {
    const { result, series, finalGap } = scenarioSeries(this.#name, this.#controls);
    this.#events = result.events;
    syncSlider(this, 'gamma', SCENARIO_SLIDERS.gamma, this.#controls.gamma);
    syncSlider(this, 'period', SCENARIO_SLIDERS.period, this.#controls.period);
    for (const o of COMPARED) this.setText(this.querySelector(`[data-field="final-${o}"]`), fmt(finalGap[o]));
    for (const name of CHARTS) {
      const chart = this.chart(name);
      if (!chart) continue;
      for (const o of COMPARED) {
        byKey(chart, o).data = logPoints(series[name][o]);
      }
      chart.options.scales!.x!.max = result.options.steps;
      chart.update('none');
    }
  }

  #config(chart: ScenarioChart): LineConfig {
    const p = this.palette;
    const title = this.labels[chart];
    return {
      type: 'line',
      data: {
        // A mark every 20 steps keeps the two apart where they overlap, without a scriptable option per point.
        datasets: COMPARED.map((o) => dataset(p, o, o, { pointRadius: (ctx) => (ctx.dataIndex % 20 === 19 ? 3.5 : 0) })),
      },
      options: chartOptions({
        x: axis(p, this.labels.step, { min: 1 }),
        y: logAxis(p, title, chart === 'gap' ? { min: Math.log10(GAP_FLOOR) } : {}),
      }),
      plugins: [stepMarker(() => this.#events[0] ?? null, () => this.palette.text)],
    };
  }
}

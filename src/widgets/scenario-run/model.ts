/**
 * The scenario widgets' facts: their sliders, defaults, and the two series each chart shows
 * (distance to the target and step size, in the coordinate that matters). Pure.
 */
import { nonstationaryRun, sparseDefaults, sparseRun, type ScenarioResult } from '../../lib/index.ts';
import { clampTo, type SliderSpec } from '../kit/slider.ts';
import { COMPARED, type Compared } from '../kit/series.ts';

export type ScenarioName = 'nonstationary' | 'sparse';

/** The settings a reader can change. */
export interface ScenarioControls {
  gamma: number;
  /** The sparse run's period k; ignored by the non-stationary run. */
  period: number;
}

export const SCENARIO_SLIDERS = {
  gamma: { min: 0, max: 0.999, step: 0.001 },
  period: { min: 1, max: 50, step: 1, integer: true },
} as const satisfies Record<keyof ScenarioControls, SliderSpec>;

export const scenarioDefaults: ScenarioControls = { gamma: sparseDefaults.gamma, period: sparseDefaults.period };

/** Text the server renders into `data-labels`. */
export interface ScenarioLabels {
  step: string;
  gap: string;
  rate: string;
}

export const CHARTS = ['gap', 'rate'] as const;
export type ScenarioChart = (typeof CHARTS)[number];

/** The gap charts' log axis starts here: below it a run has reached its target for any reader. */
export const GAP_FLOOR = 1e-4;

export interface ScenarioSeries {
  result: ScenarioResult;
  /** Per chart and optimizer: (step, value) pairs, null where a log axis has nothing to draw. */
  series: Record<ScenarioChart, Record<Compared, [number, number | null][]>>;
  /** |θ − θ*| of the plotted coordinate after the last step, per optimizer. */
  finalGap: Record<Compared, number>;
}

const positive = (v: number) => (v > 0 && Number.isFinite(v) ? v : null);

/** Runs a scenario and picks out what its two charts show. */
export function scenarioSeries(name: ScenarioName, controls: ScenarioControls): ScenarioSeries {
  const safe = {
    gamma: Number.isFinite(controls.gamma) ? clampTo(SCENARIO_SLIDERS.gamma, controls.gamma) : scenarioDefaults.gamma,
    period: clampTo(SCENARIO_SLIDERS.period, controls.period),
  };
  const result = name === 'nonstationary' ? nonstationaryRun({ gamma: safe.gamma }) : sparseRun(safe);
  const coordinate = name === 'nonstationary' ? 0 : 1;
  // Before the rare coordinate's first gradient its s is 0 and η/ε means nothing: leave it out.
  const firstSeen = name === 'sparse' ? safe.period : 1;
  const pick = (o: Compared): Record<ScenarioChart, [number, number | null][]> => ({
    gap: result[o].gap.map((g, k) => [k + 1, positive(g[coordinate])]),
    // The non-stationary run shows the step taken, |Δx|; the sparse run the rate η/(√s + ε)
    // (its |Δy| is 0 between visits).
    rate: name === 'nonstationary'
      ? result[o].stepSize.map((d, k) => [k + 1, positive(d[0])])
      : result[o].effectiveLr.map((r, k) => [k + 1, k + 1 >= firstSeen ? positive(r[coordinate]) : null]),
  });
  const picked = { adagrad: pick('adagrad'), rmsprop: pick('rmsprop') };
  const last = result.options.steps - 1;
  return {
    result,
    series: {
      gap: { adagrad: picked.adagrad.gap, rmsprop: picked.rmsprop.gap },
      rate: { adagrad: picked.adagrad.rate, rmsprop: picked.rmsprop.rate },
    },
    finalGap: Object.fromEntries(COMPARED.map((o) => [o, result[o].gap[last][coordinate]])) as Record<Compared, number>,
  };
}

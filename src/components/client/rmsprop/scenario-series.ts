import { nonstationaryRun, sparseRun, type ScenarioResult } from '../../../lib/index.ts';

export type ScenarioName = 'nonstationary' | 'sparse';

/** The settings a scenario widget lets the reader change. */
export interface ScenarioControls {
  gamma: number;
  /** The sparse run's period k; ignored by the non-stationary run. */
  period: number;
}

export const scenarioDefaults: ScenarioControls = { gamma: 0.9, period: 10 };

/** Two series per optimizer: distance to the target and the step size, in the coordinate that matters. */
export interface ScenarioSeries {
  result: ScenarioResult;
  /** The coordinate plotted: x for the non-stationary run, the rare y for the sparse one. */
  coordinate: 0 | 1;
  gap: { adagrad: [number, number | null][]; rmsprop: [number, number | null][] };
  rate: { adagrad: [number, number | null][]; rmsprop: [number, number | null][] };
}

const positive = (v: number) => (v > 0 && Number.isFinite(v) ? v : null);

/** The gap charts' log axis starts here: below it a run has reached its minimum for any reader. */
export const GAP_FLOOR = 1e-4;

/** Runs a scenario and picks out what its two charts show (points ≤ 0 become gaps on a log axis). */
export function scenarioSeries(name: ScenarioName, { gamma, period }: ScenarioControls): ScenarioSeries {
  const result = name === 'nonstationary' ? nonstationaryRun({ gamma }) : sparseRun({ gamma, period });
  const coordinate = name === 'nonstationary' ? 0 : 1;
  // Before the rare coordinate's first gradient its s is 0 and η/ε means nothing: leave it out.
  const firstSeen = name === 'sparse' ? period : 1;
  const pick = (o: 'adagrad' | 'rmsprop') => ({
    gap: result[o].gap.map((g, k) => [k + 1, positive(g[coordinate])] as [number, number | null]),
    // The non-stationary run shows the step actually taken, |Δx|; the sparse run the rate η/(√s + ε)
    // (its |Δy| is 0 between visits).
    rate: name === 'nonstationary'
      ? result[o].stepSize.map((d, k) => [k + 1, positive(d[0])] as [number, number | null])
      : result[o].effectiveLr.map((r, k) => [k + 1, k + 1 >= firstSeen ? positive(r[coordinate]) : null] as [number, number | null]),
  });
  const a = pick('adagrad');
  const r = pick('rmsprop');
  return { result, coordinate, gap: { adagrad: a.gap, rmsprop: r.gap }, rate: { adagrad: a.rate, rmsprop: r.rate } };
}

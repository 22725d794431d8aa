/**
 * What the rate-curve widget plots, from the comparison's runs: the effective step η/(√s + ε) and
 * the accumulator s per coordinate (x thick, y thin), and the loss. The build-time figure and the
 * live charts take their series from here. Pure.
 */
import type { Runs } from '../kit/comparison.ts';
import { COMPARED, type Compared } from '../kit/series.ts';

export const CURVES = ['rate', 'accumulator', 'loss'] as const;
export type Curve = (typeof CURVES)[number];

/** Text the server renders into `data-labels`. */
export interface RateLabels {
  step: string;
  rate: string;
  accumulator: string;
  loss: string;
}

/** One line of a chart: which optimizer and coordinate it draws, and its key within the chart. */
export interface CurveLine {
  /** Unique within its chart: 'adagrad-x', 'rmsprop-y', 'adagrad'. */
  key: string;
  optimizer: Compared;
  /** The coordinate, or null for the loss. */
  coordinate: 0 | 1 | null;
}

export interface CurveSeries extends CurveLine {
  /** (step, value) pairs; the rate and accumulator start at step 1, the loss at step 0. */
  points: [number, number][];
}

/** The lines a chart draws, known before any run: the loss one per optimizer, the others per coordinate too. */
export function curveLines(curve: Curve): CurveLine[] {
  if (curve === 'loss') return COMPARED.map((o) => ({ key: o, optimizer: o, coordinate: null }));
  return COMPARED.flatMap((o) => ([0, 1] as const).map((i) => ({ key: `${o}-${i === 0 ? 'x' : 'y'}`, optimizer: o, coordinate: i })));
}

/** Which charts use a log y axis. */
export const LOG_Y: Record<Curve, boolean> = { rate: true, accumulator: true, loss: false };

export function curveSeries(curve: Curve, runs: Runs): CurveSeries[] {
  return curveLines(curve).map((line) => {
    const { optimizer: o, coordinate: i } = line;
    if (i === null) return { ...line, points: runs[o].loss.map((v, t) => [t, v] as [number, number]) };
    const values = curve === 'rate' ? runs[o].effectiveLr : runs[o].accumulators;
    return { ...line, points: values.map((v, k) => [k + 1, v[i]] as [number, number]) };
  });
}

/** What the static figure's caption says of the step-size chart, read off the runs it draws. */
export interface RateFacts {
  /** The last step. */
  steps: number;
  /** AdaGrad's step size along y at the first and the last step. */
  adagradY: [number, number];
  /** AdaGrad's step size along x at step 10 and at the last step. */
  adagradX: [number, number];
  /** RMSProp's lowest step size along y, the step it is reached at, and its value at the last step. */
  rmspropYLow: number;
  rmspropYLowStep: number;
  rmspropYLast: number;
  /** RMSProp's highest step size along x, and its step. */
  rmspropXPeak: number;
  rmspropXPeakStep: number;
}

export function rateFacts(runs: Runs): RateFacts {
  const ada = runs.adagrad.effectiveLr;
  const rms = runs.rmsprop.effectiveLr;
  const last = rms.length - 1;
  const ry = rms.map((r) => r[1]);
  const rx = rms.map((r) => r[0]);
  const low = Math.min(...ry);
  const peak = Math.max(...rx);
  return {
    steps: last + 1,
    adagradY: [ada[0][1], ada[last][1]],
    adagradX: [ada[9][0], ada[last][0]],
    rmspropYLow: low,
    rmspropYLowStep: ry.indexOf(low) + 1,
    rmspropYLast: ry[last],
    rmspropXPeak: peak,
    rmspropXPeakStep: rx.indexOf(peak) + 1,
  };
}

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

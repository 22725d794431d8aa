/**
 * The sparse-feature run: two weights, each pulled toward its target 1 by ½(w − 1)², but the rare
 * feature is present (gives a gradient) only on every k-th step, as a feature that appears in one
 * example of k. AdaGrad against SGD with the decaying rate online learning gives it, η/√t. Pure.
 */
import { createOptimizer, runOptimizer, type CustomObjective, type Vec2 } from '../../lib/index.ts';
import type { SliderSpec } from '../kit/slider.ts';

export const STEPS = 200;
export const START: Vec2 = [0, 0];
export const TARGET: Vec2 = [1, 1];
/** Log ranges of the two charts; an error below ERROR_RANGE[0] sits on the axis. */
export const ERROR_RANGE: Vec2 = [1e-8, 2];
export const RATE_RANGE: Vec2 = [1e-3, 10];

export const SLIDERS = {
  period: { min: 1, max: 50, step: 1, integer: true },
  lr: { min: 0.05, max: 2, step: 0.01, scale: 'log' },
} as const satisfies Record<'period' | 'lr', SliderSpec>;
export const DEFAULTS = { period: 10, lr: 0.5 } as const;
export type SparseSettings = { period: number; lr: number };

/** Is the rare feature present at step t (1, 1 + k, 1 + 2k, …)? */
export const active = (t: number, period: number) => (t - 1) % period === 0;

/** x is the frequent feature (every step), y the rare one (steps 1, 1 + k, …). */
export function sparseObjective(period: number): CustomObjective {
  return {
    value: (x, y) => 0.5 * ((x - TARGET[0]) ** 2 + (y - TARGET[1]) ** 2),
    gradient: (x, y, t) => [x - TARGET[0], active(t, period) ? y - TARGET[1] : 0],
  };
}

/** One run: the weights after each step (points[0] = START) and the step size used, per coordinate. */
export interface SparseTrace {
  points: Vec2[];
  /** Per step t = 1…STEPS: AdaGrad's η/(√G + ε) per coordinate; SGD's η/√t for both. */
  rate: Vec2[];
}

/**
 * SGD at η/√t, the rate that gives plain SGD its O(√T) regret (Zinkevich, 2003): the library's SGD
 * step, handed that rate each step (no torch.optim scheduler has this shape).
 */
function sgdRun(period: number, lr: number): SparseTrace {
  const fn = sparseObjective(period);
  const step = createOptimizer({ name: 'sgd', lr });
  const points: Vec2[] = [START];
  const rate: Vec2[] = [];
  for (let t = 1; t <= STEPS; t++) {
    const here = points[t - 1];
    const eta = lr / Math.sqrt(t);
    points.push(step(here, fn.gradient(here[0], here[1], t), eta).params);
    rate.push([eta, eta]);
  }
  return { points, rate };
}

export function sparseRuns({ period, lr }: SparseSettings): { adagrad: SparseTrace; sgd: SparseTrace } {
  const run = runOptimizer({ fn: sparseObjective(period), start: START, steps: STEPS, optimizer: { name: 'adagrad', lr } });
  return { adagrad: { points: run.points, rate: run.effectiveLr }, sgd: sgdRun(period, lr) };
}

/** |w − 1| of one coordinate at steps 0…STEPS, kept inside ERROR_RANGE for a log chart. */
export function errorCurve(points: Vec2[], coordinate: 0 | 1): [number, number][] {
  return points.map((p, t) => [t, Math.max(ERROR_RANGE[0], Math.min(ERROR_RANGE[1], Math.abs(p[coordinate] - TARGET[coordinate])))] as [number, number])
    .filter(([, v]) => Number.isFinite(v));
}

/** A step size per step t = 1…STEPS, kept inside RATE_RANGE. */
export function rateCurve(rate: Vec2[], coordinate: 0 | 1): [number, number][] {
  return rate.map((r, k) => [k + 1, Math.max(RATE_RANGE[0], Math.min(RATE_RANGE[1], r[coordinate]))] as [number, number])
    .filter(([, v]) => Number.isFinite(v));
}

/** Text the server renders into `data-labels`. */
export interface SparseLabels {
  adagrad: string;
  sgd: string;
  frequent: string;
  rare: string;
  step: string;
  error: string;
  rate: string;
}

/**
 * The accumulator widget's facts: AdaGrad (PyTorch's, with its lr_decay, initial accumulator, ε and
 * Keras's ε-in-the-root as a switch) on a badly scaled bowl, the accumulator G and the step size
 * η/(√G + ε) per coordinate, and plain SGD with the same η for contrast. Pure.
 */
import { contourBands, contourThresholds, lossGrid, runOptimizer, type ContourBand, type CustomObjective, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import { CONTOURS } from '../kit/contour-bands.ts';
import type { SliderSpec } from '../kit/slider.ts';

/**
 * f(x, y) = 0.1x² + 2y²: the RMSProp article's function without its ripples. Curvature 0.2 along x,
 * 4 along y, so plain gradient descent needs η < 2/4 and the two gradients differ twentyfold.
 */
export const bowl: CustomObjective & { value(x: number, y: number): number } = {
  value: (x, y) => 0.1 * x * x + 2 * y * y,
  gradient: (x, y) => [0.2 * x, 4 * y],
};
export const CURVATURE: Vec2 = [0.2, 4];

export const VIEW: [Vec2, Vec2] = [[-5, 5], [-5, 5]];
export const START: Vec2 = [-4, 4];
export const STEPS = 100;
/** Fixed log ranges, so moving a slider moves the curves, not the axes. */
export const ACC_RANGE: Vec2 = [1e-2, 1e6];
export const RATE_RANGE: Vec2 = [1e-6, 1e2];

export const SLIDERS = {
  lr: { min: 0.01, max: 10, step: 0.01, scale: 'log' },
  initialAccumulator: { min: 0, max: 5, step: 0.05 },
  lrDecay: { min: 0, max: 0.5, step: 0.005 },
  eps: { min: 1e-10, max: 1, step: 0.1, scale: 'log' },
} as const satisfies Record<'lr' | 'initialAccumulator' | 'lrDecay' | 'eps', SliderSpec>;

/** PyTorch's defaults except η: 0.5 is exactly plain descent's limit 2/4 along y. */
export const DEFAULTS = { lr: 0.5, initialAccumulator: 0, lrDecay: 0, eps: 1e-10, epsInSqrt: false } as const;
export type AccumulatorSettings = { lr: number; initialAccumulator: number; lrDecay: number; eps: number; epsInSqrt: boolean };

/** AdaGrad with the settings and SGD with the same η, both from START for STEPS steps. */
export function accumulatorRuns(s: AccumulatorSettings): { adagrad: SimulateResult; sgd: SimulateResult } {
  const common = { fn: bowl, start: START, steps: STEPS };
  return {
    adagrad: runOptimizer({ ...common, optimizer: { name: 'adagrad', lr: s.lr, initialAccumulator: s.initialAccumulator, lrDecay: s.lrDecay, eps: s.eps, epsInSqrt: s.epsInSqrt } }),
    sgd: runOptimizer({ ...common, optimizer: { name: 'sgd', lr: s.lr } }),
  };
}

/** One coordinate's series over steps 1…n as [t, value], clipped into a log range (nothing non-finite). */
export function curve(values: Vec2[], coordinate: 0 | 1, range: Vec2): [number, number][] {
  return values
    .map((v, k) => [k + 1, Math.max(range[0], Math.min(range[1], v[coordinate]))] as [number, number])
    .filter(([, v]) => Number.isFinite(v));
}

/** The bowl's contour bands over VIEW, on the kit's grid and levels. */
export function bowlBands(): ContourBand[] {
  const grid = lossGrid(bowl, CONTOURS.grid, CONTOURS.grid, VIEW);
  return contourBands(grid, contourThresholds(grid.values, CONTOURS.levels));
}

/** Points of a path, stopped where it leaves a box twice the view (a diverging run), so nothing huge is drawn. */
export function pathPoints(points: Vec2[]): Vec2[] {
  const end = points.findIndex(([x, y]) => !(Math.abs(x) <= 10 && Math.abs(y) <= 10));
  return end < 0 ? points : points.slice(0, end + 1);
}

/** Text the server renders into `data-labels`. */
export interface AccumulatorLabels {
  adagrad: string;
  sgd: string;
  x: string;
  y: string;
  step: string;
  accumulator: string;
  rate: string;
  /** Shown instead of the loss when a run left the plane. */
  diverged: string;
}

/**
 * The momentum race's facts: a quadratic bowl with condition number κ, plain gradient descent and
 * PyTorch's heavy ball on it with the same η, and the sliders. Pure.
 */
import { contourBands, contourThresholds, lossGrid, runOptimizer, type ContourBand, type CustomObjective, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import { CONTOURS } from '../kit/contour-bands.ts';
import type { SliderSpec } from '../kit/slider.ts';

/**
 * f(x, y) = ½(x²/κ + y²): curvature h = 1/κ along x and L = 1 along y, so κ = L/h is the condition
 * number and η is measured in units of 1/L.
 */
export function bowl(kappa: number): CustomObjective & { value(x: number, y: number): number } {
  return {
    value: (x, y) => 0.5 * (x * x / kappa + y * y),
    gradient: (x, y) => [x / kappa, y],
  };
}

export const VIEW: [Vec2, Vec2] = [[-5, 5], [-5, 5]];
export const START: Vec2 = [-4.5, 3];
export const STEPS = 100;
/** The loss chart's fixed log range: a diverging run leaves it at the top instead of stretching it. */
export const LOSS_RANGE: Vec2 = [1e-10, 1e3];

export const SLIDERS = {
  kappa: { min: 1, max: 1000, step: 0.01, scale: 'log' },
  momentum: { min: 0, max: 0.99, step: 0.01 },
  lr: { min: 0.05, max: 3.9, step: 0.01 },
} as const satisfies Record<'kappa' | 'momentum' | 'lr', SliderSpec>;

export const DEFAULTS = { kappa: 100, momentum: 0.9, lr: 1.6 } as const;
export type RaceSettings = { kappa: number; momentum: number; lr: number };

/** Both runs from START for STEPS steps: plain descent (momentum 0) and the heavy ball (PyTorch's form). */
export function raceRuns({ kappa, momentum, lr }: RaceSettings): { plain: SimulateResult; heavy: SimulateResult } {
  const fn = bowl(kappa);
  const run = (mu: number) => runOptimizer({ fn, start: START, steps: STEPS, optimizer: { name: 'sgd', lr, momentum: mu } });
  return { plain: run(0), heavy: momentum > 0 ? run(momentum) : run(0) };
}

/** The bowl's contour bands over VIEW, on the kit's grid and levels. */
export function bowlBands(kappa: number): ContourBand[] {
  const grid = lossGrid(bowl(kappa), CONTOURS.grid, CONTOURS.grid, VIEW);
  return contourBands(grid, contourThresholds(grid.values, CONTOURS.levels));
}

/** Loss points for a log chart: finite, positive and inside LOSS_RANGE (clipped at its top). */
export function lossPoints(loss: number[]): [number, number][] {
  return loss
    .map((v, t) => [t, Math.max(LOSS_RANGE[0], Math.min(LOSS_RANGE[1], v))] as [number, number])
    .filter(([, v]) => Number.isFinite(v));
}

/** Points of a path, stopped where it leaves a box twice the view (a diverging run), so nothing huge is drawn. */
export function pathPoints(points: Vec2[]): Vec2[] {
  const end = points.findIndex(([x, y]) => !(Math.abs(x) <= 10 && Math.abs(y) <= 10));
  return end < 0 ? points : points.slice(0, end + 1);
}

/** Text the server renders into `data-labels`. */
export interface RaceLabels {
  plain: string;
  heavy: string;
  step: string;
  loss: string;
  /** Shown instead of the loss when a run left the bowl. */
  diverged: string;
}

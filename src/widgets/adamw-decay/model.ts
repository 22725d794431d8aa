/**
 * Adam with an L2 penalty (PyTorch's Adam, weight_decay = λ) against AdamW (decoupled decay λ) on
 * a valley steep along x and flat along y. The penalty's gradient λθ goes through Adam's division
 * by √v̂; AdamW's shrink θ ← θ(1 − ηλ) does not. Pure.
 */
import { contourBands, contourThresholds, lossGrid, runOptimizer, type ContourBand, type CustomObjective, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import { CONTOURS } from '../kit/contour-bands.ts';
import type { SliderSpec } from '../kit/slider.ts';

/** Curvature along y: twenty times flatter than along x. */
export const FLAT = 0.05;
export const MINIMUM: Vec2 = [2, 1];
/** f(x, y) = ½(x − 2)² + ½·h·(y − 1)², minimum (2, 1), curvature 1 along x and h along y. */
export const valley: CustomObjective & { value(x: number, y: number): number } = {
  value: (x, y) => 0.5 * (x - MINIMUM[0]) ** 2 + 0.5 * FLAT * (y - MINIMUM[1]) ** 2,
  gradient: (x, y) => [x - MINIMUM[0], FLAT * (y - MINIMUM[1])],
};

export const VIEW: [Vec2, Vec2] = [[-1.5, 3.5], [-1, 4]];
export const START: Vec2 = [-1, 3.5];
export const LR = 0.05;
export const STEPS = 400;

export const SLIDERS = {
  weightDecay: { min: 0, max: 1, step: 0.01 },
} as const satisfies Record<'weightDecay', SliderSpec>;
export const DEFAULTS = { weightDecay: 0.1 } as const;

/** Both runs from START: PyTorch's Adam with weight_decay = λ (L2) and AdamW with the same λ. */
export function decayRuns(weightDecay: number): { l2: SimulateResult; decoupled: SimulateResult } {
  const run = (name: 'adam' | 'adamw') => runOptimizer({ fn: valley, start: START, steps: STEPS, optimizer: { name, lr: LR, weightDecay } });
  return { l2: run('adam'), decoupled: run('adamw') };
}

/** Where f + (λ/2)‖θ‖² is least: each coordinate h·c/(h + λ), the point Adam + L2 heads for. */
export const penalisedMinimum = (weightDecay: number): Vec2 =>
  [MINIMUM[0] / (1 + weightDecay), (FLAT * MINIMUM[1]) / (FLAT + weightDecay)];

/** The valley's contour bands over VIEW, on the kit's grid and levels. */
export function valleyBands(): ContourBand[] {
  const grid = lossGrid(valley, CONTOURS.grid, CONTOURS.grid, VIEW);
  return contourBands(grid, contourThresholds(grid.values, CONTOURS.levels));
}

/** A path's points stopped where it leaves a box twice the view, so nothing huge is drawn. */
export function pathPoints(points: Vec2[]): Vec2[] {
  const end = points.findIndex(([x, y]) => !(Math.abs(x) <= 10 && Math.abs(y) <= 10));
  return end < 0 ? points : points.slice(0, end + 1);
}

export interface DecayLabels {
  l2: string;
  decoupled: string;
}

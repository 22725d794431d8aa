/**
 * The rotated bowl: the article's bowl without its ripples, f = 0.1u² + 2v², with its axes (u, v)
 * turned by θ against the coordinates (x, y) the optimizer scales. The start turns with the bowl,
 * so every angle poses the same problem and only the axes differ. Pure.
 */
import {
  contourBands, contourThresholds, lossGrid, runOptimizer, type ContourBand, type CustomObjective, type SimulateResult, type Vec2,
} from '../../lib/index.ts';
import { comparisonDefaults } from '../kit/comparison.ts';
import { clampTo, type SliderSpec } from '../kit/slider.ts';

/** The rotation slider, in whole degrees: 0 and 90 put the bowl's axes on the coordinate axes. */
export const ROTATION = { min: 0, max: 90, step: 1, integer: true } as const satisfies SliderSpec;
export const ROTATION_DEFAULT = 45;

/** f = A·u² + B·v²: curvatures 2A = 0.2 and 2B = 4, twenty times apart, as in the article's function. */
export const BOWL = { a: 0.1, b: 2 } as const;
/** The start in the bowl's own axes (u, v). */
export const BOWL_START_UV: Vec2 = [-4, 2];
export const BOWL_VIEW: [Vec2, Vec2] = [[-5, 5], [-5, 5]];
export const BOWL_STEPS = 100;
/** "Arrived": f below this. */
export const TARGET_LOSS = 1e-3;
/** The loss chart's fixed log10 range; a loss below 10⁻⁶ is drawn at the floor. */
export const LOSS_LOG_RANGE: Vec2 = [-6, 1];

/** Text the server renders into `data-labels`. */
export interface BowlLabels {
  step: string;
  loss: string;
  /** What the readout says when f never gets below the target: 'not within {n} steps'. */
  never: string;
}

export type RotatedBowl = CustomObjective & { value(x: number, y: number): number };

/** The bowl turned by `degrees` (clamped to the slider's range). */
export function rotatedBowl(degrees: number): RotatedBowl {
  const t = (clampTo(ROTATION, degrees) * Math.PI) / 180;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  const { a, b } = BOWL;
  return {
    value: (x, y) => {
      const [u, v] = [c * x + s * y, -s * x + c * y];
      return a * u * u + b * v * v;
    },
    gradient: (x, y) => {
      const [gu, gv] = [2 * a * (c * x + s * y), 2 * b * (-s * x + c * y)];
      return [c * gu - s * gv, s * gu + c * gv];
    },
  };
}

/** The start (u, v) = (−4, 2) turned with the bowl. */
export function bowlStart(degrees: number): Vec2 {
  const t = (clampTo(ROTATION, degrees) * Math.PI) / 180;
  const [u, v] = BOWL_START_UV;
  return [Math.cos(t) * u - Math.sin(t) * v, Math.sin(t) * u + Math.cos(t) * v];
}

/** RMSProp with the article's settings (η = 0.1, γ = 0.9, ε = 10⁻⁸) on the bowl turned by `degrees`. */
export function bowlRun(degrees: number): SimulateResult {
  const { lr, gamma, eps } = comparisonDefaults;
  return runOptimizer({ fn: rotatedBowl(degrees), start: bowlStart(degrees), steps: BOWL_STEPS, optimizer: { name: 'rmsprop', lr, gamma, eps } });
}

/** The first step at which f < TARGET_LOSS, or null. */
export function stepsToTarget(run: SimulateResult): number | null {
  const t = run.loss.findIndex((f) => f < TARGET_LOSS);
  return t < 0 ? null : t;
}

/**
 * How far apart RMSProp's two step sizes are: the larger over the smaller, median over the first
 * `steps` steps. About 1 means one step size for both coordinates, plain gradient descent's shape.
 */
export function rateSpread(run: SimulateResult, steps = 50): number {
  const spreads = run.effectiveLr.slice(0, steps).map(([x, y]) => Math.max(x, y) / Math.min(x, y)).sort((p, q) => p - q);
  return spreads.length ? spreads[Math.floor(spreads.length / 2)] : NaN;
}

/** (step, loss) for the loss chart: steps 0 … BOWL_STEPS. */
export const lossSeries = (run: SimulateResult): Vec2[] => run.loss.map((f, t) => [t, f]);

const GRID = 48;
const cache = new Map<number, ContourBand[]>();
let levels: number[] | undefined;

/**
 * The bowl's contours at this angle (whole degrees), each angle computed once. The levels are the
 * unturned bowl's, spaced as every contour plot's on the page, and kept for every angle: the
 * picture only turns.
 */
export function bowlBands(degrees: number): ContourBand[] {
  const angle = clampTo(ROTATION, degrees);
  levels ??= contourThresholds(lossGrid(rotatedBowl(0), GRID, GRID, BOWL_VIEW).values, 12);
  let bands = cache.get(angle);
  if (!bands) {
    bands = contourBands(lossGrid(rotatedBowl(angle), GRID, GRID, BOWL_VIEW), levels);
    cache.set(angle, bands);
  }
  return bands;
}

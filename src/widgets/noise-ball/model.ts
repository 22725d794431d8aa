/**
 * The noise widget's facts: the article's run (wavy, from (−4, 4), η = 0.1, γ = 0.9, ε = 10⁻⁸) with
 * seeded Gaussian noise of size σ on every gradient, as a mini-batch gives; its slider, what it
 * measures once the run has arrived, and the box it is drawn in. Pure.
 */
import {
  contourBands, contourThresholds, lossGrid, objectives, runOptimizer,
  type ContourBand, type SimulateResult, type Vec2,
} from '../../lib/index.ts';
import { comparisonDefaults } from '../kit/comparison.ts';
import type { Compared } from '../kit/series.ts';
import { clampTo, type SliderSpec } from '../kit/slider.ts';

export interface NoiseSettings {
  /** The noise's standard deviation σ, per coordinate. */
  sigma: number;
  /** The generator's seed: the same seed, the same noise. */
  seed: number;
}

export const NOISE = { min: 0, max: 2, step: 0.01 } as const satisfies SliderSpec;
/** The seed box takes whole numbers in this range. */
export const SEED = { min: 0, max: 9999, step: 1, integer: true } as const satisfies SliderSpec;
export const noiseDefaults: Readonly<NoiseSettings> = Object.freeze({ sigma: 0.5, seed: 1 });

/** Steps per run: long enough for a hundred steps of arriving and two hundred of staying. */
export const NOISE_STEPS = 300;
/** The steps measured, from here to the last: after the approach. */
export const TAIL_FROM = 101;
/** The article's global minimum. */
export const MINIMUM: Vec2 = objectives.wavy.minima[0];
/**
 * The path is drawn in a 4 × 4 box around the minimum (−1.31, 0), where the noise ball is: ends on
 * half units, and no x tick in the corner where the y axis's lowest tick is written.
 */
export const BALL_VIEW: [Vec2, Vec2] = [[-3.5, 0.5], [-2, 2]];
/** The step-size chart's fixed log10 range, so the axis stays put as σ moves. */
export const RATE_LOG_RANGE: Vec2 = [-3, 2];

/** Text the server renders into `data-labels`. */
export interface NoiseLabels {
  step: string;
  rate: string;
}

/** Any values (a slider, a typed box) → settings in range; junk takes the default. */
export function sanitizeNoise(raw: Partial<Record<keyof NoiseSettings, unknown>>): NoiseSettings {
  const value = (key: keyof NoiseSettings) => {
    const v = raw[key];
    return clampTo(key === 'sigma' ? NOISE : SEED, typeof v === 'number' && Number.isFinite(v) ? v : noiseDefaults[key]);
  };
  return { sigma: value('sigma'), seed: value('seed') };
}

/** AdaGrad and RMSProp on the article's function, the same noise on both. */
export function noiseRuns(settings: NoiseSettings): Record<Compared, SimulateResult> {
  const { sigma, seed } = sanitizeNoise(settings);
  const { fn, lr, gamma, eps, x, y } = comparisonDefaults;
  const common = { fn, start: [x, y] as Vec2, steps: NOISE_STEPS, noise: { sigma, seed } };
  return {
    adagrad: runOptimizer({ ...common, optimizer: { name: 'adagrad', lr, eps } }),
    rmsprop: runOptimizer({ ...common, optimizer: { name: 'rmsprop', lr, gamma, eps } }),
  };
}

export interface NoiseFacts {
  /** RMSProp's s along x, averaged over steps TAIL_FROM … NOISE_STEPS. */
  meanS: number;
  /** RMSProp's mean |Δx| over those steps. */
  meanStep: number;
  /** RMSProp's root-mean-square distance from the minimum over those steps: the noise ball's radius. */
  radius: number;
  /** AdaGrad's distance from the minimum after the last step. */
  adagradGap: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** The measured steps' entries of a per-step list. */
const tail = <T>(values: T[]) => values.slice(TAIL_FROM - 1);
/** Squared distance from the minimum, along x alone or in the plane. */
const away = ([x, y]: Vec2, alongX = false) => (x - MINIMUM[0]) ** 2 + (alongX ? 0 : (y - MINIMUM[1]) ** 2);

/** What the readouts say. A run cut short (none is, in the slider's range) gives NaN, printed as —. */
export function noiseFacts({ adagrad, rmsprop }: Record<Compared, SimulateResult>): NoiseFacts {
  return {
    meanS: mean(tail(rmsprop.accumulators).map((s) => s[0])),
    meanStep: mean(tail(rmsprop.updates).map((u) => Math.abs(u[0]))),
    radius: Math.sqrt(mean(rmsprop.points.slice(TAIL_FROM).map((p) => away(p)))),
    adagradGap: Math.sqrt(away(adagrad.points[adagrad.points.length - 1])),
  };
}

/** What the article adds (build time): the ball along x alone, and RMSProp's largest step size along x over those steps. */
export function ballDetails(run: SimulateResult): { radiusX: number; peakRate: number } {
  return {
    radiusX: Math.sqrt(mean(run.points.slice(TAIL_FROM).map((p) => away(p, true)))),
    peakRate: Math.max(...tail(run.effectiveLr).map((e) => e[0])),
  };
}

/**
 * The noise ball's radius along x if RMSProp were plain gradient descent with the step size
 * a = η/σ that s ≈ σ² gives it, on a bowl of curvature h: x ← (1 − ah)x − aσz has the stationary
 * variance aσ²/(h(2 − ah)), which is ησ/2h when ah is small. So √(ησ/2h).
 */
export const predictedRadius = (lr: number, sigma: number, curvature: number): number =>
  Math.sqrt((lr * sigma) / (2 * curvature));

/** (step, step size along x) for each step: what the curve chart draws. */
export const rateSeries = (run: SimulateResult): Vec2[] => run.effectiveLr.map((e, k) => [k + 1, e[0]]);

/** η/σ, where RMSProp's step size settles once s ≈ σ²; none without noise. */
export const noiseLevel = (sigma: number): number | null => (sigma > 0 ? comparisonDefaults.lr / sigma : null);

let bands: ContourBand[] | undefined;

/** The function's contours in the box around the minimum, computed once. */
export function ballBands(): ContourBand[] {
  if (!bands) {
    const grid = lossGrid(comparisonDefaults.fn, 48, 48, BALL_VIEW);
    bands = contourBands(grid, contourThresholds(grid.values, 10));
  }
  return bands;
}

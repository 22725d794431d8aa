/**
 * The series' function, f = 0.1x² + 2y² + sin x·cos y, raced by the three ideas this series
 * built: momentum (PyTorch's SGD, μ = 0.9), RMSProp (γ = 0.9) and Adam (PyTorch's defaults for β).
 * Pure.
 */
import type { SeriesTag } from '../kit/series.ts';
import { objectives, runOptimizer, type OptimizerOptions, type SimulateResult, type Vec2 } from '../../lib/index.ts';
import type { SliderSpec } from '../kit/slider.ts';

export const FN = 'wavy' as const;
export const START: Vec2 = objectives.wavy.defaultStart;
export const VIEW = objectives.wavy.view;
export const STEPS = 100;
export const MOMENTUM = 0.9;
export const GAMMA = 0.9;
/** f at the global minimum: the loss chart shows f − f*, which a log axis can draw. */
const [mx, my] = objectives.wavy.minima[0];
export const F_MIN = objectives.wavy.value(mx, my);
export const GAP_RANGE: Vec2 = [1e-8, 1e2];

export const SLIDERS = {
  /** Adam's and RMSProp's η: both step about η per coordinate, so one slider serves both. */
  lr: { min: 0.005, max: 1, step: 0.01, scale: 'log' },
  /** Momentum SGD's η: its step is η times the gradient, so its scale is different. */
  sgdLr: { min: 0.001, max: 1, step: 0.01, scale: 'log' },
} as const satisfies Record<'lr' | 'sgdLr', SliderSpec>;
export const DEFAULTS = { lr: 0.1, sgdLr: 0.02 } as const;
export type RaceSettings = { lr: number; sgdLr: number };

export type Racer = 'momentum' | 'rmsprop' | 'adam';
export const RACERS: readonly Racer[] = ['momentum', 'rmsprop', 'adam'];
/** The kit series each racer is drawn as, in the static figure, the canvas and the share card. */
export const TAGS = { momentum: 'adagrad', rmsprop: 'rmsprop', adam: 'weights' } as const satisfies Record<Racer, SeriesTag>;

/** The three runs from START for STEPS steps. */
export function raceRuns({ lr, sgdLr }: RaceSettings): Record<Racer, SimulateResult> {
  const run = (optimizer: OptimizerOptions) => runOptimizer({ fn: FN, start: START, steps: STEPS, optimizer });
  return {
    momentum: run({ name: 'sgd', lr: sgdLr, momentum: MOMENTUM }),
    rmsprop: run({ name: 'rmsprop', lr, gamma: GAMMA }),
    adam: run({ name: 'adam', lr }),
  };
}

/** [t, f − f*] for a log chart: finite and clipped into GAP_RANGE. */
export const gapPoints = (loss: number[]): [number, number][] =>
  loss.filter(Number.isFinite).map((v, t) => [t, Math.max(GAP_RANGE[0], Math.min(GAP_RANGE[1], v - F_MIN))]);

/** A path's points stopped where it leaves a box twice the view, so nothing huge is drawn. */
export function pathPoints(points: Vec2[]): Vec2[] {
  const end = points.findIndex(([x, y]) => !(Math.abs(x) <= 10 && Math.abs(y) <= 10));
  return end < 0 ? points : points.slice(0, end + 1);
}

export interface RaceLabels {
  momentum: string;
  rmsprop: string;
  adam: string;
  step: string;
  gap: string;
  diverged: string;
}

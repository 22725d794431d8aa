/**
 * Adam's first steps with and without bias correction, on a gradient that never changes (g = 1 in
 * one coordinate). With the correction every step is η; without it the step is η times
 * (1 − β1ᵗ)/√(1 − β2ᵗ), the two averages' slow starts in a ratio. Pure.
 */
import { runOptimizer, type CustomObjective } from '../../lib/index.ts';
import type { SliderSpec } from '../kit/slider.ts';

/** f(x, y) = x: the gradient is (1, 0) everywhere, so only the averages' start matters. */
export const slope: CustomObjective = { value: (x) => x, gradient: () => [1, 0] };
export const LR = 0.01;
export const EPS = 1e-8;
export const STEPS = 300;
/** The chart's log range for step/η: from 0.01 (β1 near 1, β2 small) to 100 (β1 = 0, β2 near 1). */
export const RATIO_RANGE: [number, number] = [1e-2, 1e2];

export const SLIDERS = {
  beta1: { min: 0, max: 0.99, step: 0.01 },
  beta2: { min: 0.9, max: 0.9999, step: 0.0001 },
} as const satisfies Record<'beta1' | 'beta2', SliderSpec>;
export const DEFAULTS = { beta1: 0.9, beta2: 0.999 } as const;
export type BiasSettings = { beta1: number; beta2: number };

/** The library's Adam (PyTorch's, corrected): each step's |Δx| divided by η. */
export function correctedSteps({ beta1, beta2 }: BiasSettings, steps = STEPS): number[] {
  const run = runOptimizer({ fn: slope, start: [0, 0], steps, optimizer: { name: 'adam', lr: LR, beta1, beta2, eps: EPS } });
  return run.updates.map(([dx]) => Math.abs(dx) / LR);
}

/**
 * Adam with the two divisions by 1 − βᵗ left out, written out here because the library (like
 * PyTorch) has no switch for it: θ −= η·m/(√v + ε). Each step's |Δx| divided by η.
 */
export function uncorrectedSteps({ beta1, beta2 }: BiasSettings, steps = STEPS): number[] {
  let m = 0;
  let v = 0;
  const out: number[] = [];
  for (let t = 1; t <= steps; t++) {
    const g = 1;
    m = beta1 * m + (1 - beta1) * g;
    v = beta2 * v + (1 - beta2) * g * g;
    out.push(m / (Math.sqrt(v) + EPS));
  }
  return out;
}

/** The closed form of the uncorrected ratio at step t: (1 − β1ᵗ)/√(1 − β2ᵗ). */
export const uncorrectedRatio = ({ beta1, beta2 }: BiasSettings, t: number) => (1 - beta1 ** t) / Math.sqrt(1 - beta2 ** t);

/** The largest uncorrected step over the run and the step where it falls (1-based). */
export function largest(steps: number[]): { value: number; at: number } {
  let at = 0;
  for (let i = 1; i < steps.length; i++) if (steps[i] > steps[at]) at = i;
  return { value: steps[at], at: at + 1 };
}

/** Points [t, step/η] for a log chart, clipped into RATIO_RANGE. */
export const ratioPoints = (steps: number[]): [number, number][] =>
  steps.map((v, i) => [i + 1, Math.max(RATIO_RANGE[0], Math.min(RATIO_RANGE[1], v))]);

export interface BiasLabels {
  corrected: string;
  uncorrected: string;
  step: string;
  ratio: string;
}

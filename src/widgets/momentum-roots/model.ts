/**
 * The per-eigendirection view: along a direction of curvature h the heavy ball is the 1-D recurrence
 *   e_{t+1} = (1 + μ − ηh)·e_t − μ·e_{t−1},
 * whose characteristic roots z² − (1 + μ − ηh)z + μ = 0 set how fast that direction's error shrinks.
 * Pure.
 */
import type { SliderSpec } from '../kit/slider.ts';

/** The larger |root| of z² − (1 + μ − ηh)z + μ: the error's factor per step along curvature h (μ = 0: |1 − ηh|). */
export function contraction(h: number, lr: number, momentum: number): number {
  const b = 1 + momentum - lr * h;
  const disc = b * b - 4 * momentum;
  if (disc < 0) return Math.sqrt(momentum);
  const r = Math.sqrt(disc);
  return Math.max(Math.abs((b + r) / 2), Math.abs((b - r) / 2));
}

/**
 * The same for PyTorch's Nesterov (θ −= η(g + μb)): z² − (1 + μ)(1 − ηh)z + μ(1 − ηh) = 0.
 * At z = −1 it is unstable once ηh > 2(1 + μ)/(1 + 2μ), sooner than the heavy ball's 2(1 + μ).
 */
export function nesterovContraction(h: number, lr: number, momentum: number): number {
  const a = 1 - lr * h;
  const b = (1 + momentum) * a;
  const c = momentum * a;
  const disc = b * b - 4 * c;
  if (disc < 0) return Math.sqrt(c);
  const r = Math.sqrt(disc);
  return Math.max(Math.abs((b + r) / 2), Math.abs((b - r) / 2));
}

/** The largest ηh each method survives: plain 2, heavy ball 2(1 + μ), Nesterov 2(1 + μ)/(1 + 2μ). */
export const stabilityLimits = (momentum: number) => ({
  plain: 2, heavy: 2 * (1 + momentum), nesterov: (2 * (1 + momentum)) / (1 + 2 * momentum),
});

/** The worst factor over a spectrum [m, L]: it is reached at an end (|root| is quasi-convex in h). */
export const worstContraction = (m: number, L: number, lr: number, momentum: number) =>
  Math.max(contraction(m, lr, momentum), contraction(L, lr, momentum));

/** Plain descent's best η on [m, L], 2/(L + m), and its rate (κ − 1)/(κ + 1). */
export const gdOptimal = (kappa: number, L = 1) => ({ lr: 2 / (L + L / kappa), rate: (kappa - 1) / (kappa + 1) });

/** Polyak's η = 4/(√L + √m)², μ = ((√κ − 1)/(√κ + 1))², and the rate (√κ − 1)/(√κ + 1). */
export function heavyBallOptimal(kappa: number, L = 1) {
  const s = Math.sqrt(kappa);
  const rate = (s - 1) / (s + 1);
  return { lr: 4 / (Math.sqrt(L) + Math.sqrt(L / kappa)) ** 2, momentum: rate * rate, rate };
}

/** Steps for a factor `rate` per step to shrink an error 1000-fold (Infinity when it does not shrink). */
export const stepsToThousandth = (rate: number) => (rate < 1 ? Math.ceil(Math.log(1000) / -Math.log(rate)) : Infinity);

/** The x axis: log10 h/L from −3 to 0. */
export const LOG_H: [number, number] = [-3, 0];
export const SAMPLES = 241;

export const SLIDERS = {
  kappa: { min: 1, max: 1000, step: 0.01, scale: 'log' },
  momentum: { min: 0, max: 0.99, step: 0.01 },
  lr: { min: 0.05, max: 3.9, step: 0.01 },
} as const satisfies Record<'kappa' | 'momentum' | 'lr', SliderSpec>;
export const DEFAULTS = { kappa: 100, momentum: 0.9, lr: 1.6 } as const;

/** The two curves: |root| against log10 h for plain descent (μ = 0) and the heavy ball, capped at 1.5 for the chart. */
export function rootCurves(lr: number, momentum: number) {
  const xs = Array.from({ length: SAMPLES }, (_, i) => LOG_H[0] + ((LOG_H[1] - LOG_H[0]) * i) / (SAMPLES - 1));
  const cap = (v: number) => Math.min(v, 1.5);
  return {
    plain: xs.map((x) => [x, cap(contraction(10 ** x, lr, 0))] as [number, number]),
    heavy: xs.map((x) => [x, cap(contraction(10 ** x, lr, momentum))] as [number, number]),
    nesterov: xs.map((x) => [x, cap(nesterovContraction(10 ** x, lr, momentum))] as [number, number]),
  };
}

export interface RootLabels {
  plain: string;
  heavy: string;
  nesterov: string;
  logH: string;
  factor: string;
  /** The step count when the slowest direction does not shrink. */
  never: string;
}

import type { AdadeltaOptions, Stepper, Vec2 } from '../types';
import { decay, nonNegative, resolveOptions } from '../validate';
import { decayedSquare } from './torch-ops';

export const adadeltaDefaults: Required<AdadeltaOptions> = {
  name: 'adadelta', lr: 1.0, rho: 0.9, eps: 1e-6, weightDecay: 0,
};

export function resolveAdadelta(options: AdadeltaOptions): Required<AdadeltaOptions> {
  return resolveOptions(adadeltaDefaults, {
    lr: nonNegative, rho: decay, eps: nonNegative, weightDecay: nonNegative,
  }, options);
}

/**
 * AdaDelta with PyTorch's update, for each coordinate on its own:
 *   s ← ρ·s + (1 − ρ)·g²                   the average of squared gradients
 *   Δ ← √(u + ε) / √(s + ε) · g            the old RMS of steps over the new RMS of gradients
 *   u ← ρ·u + (1 − ρ)·Δ²                   the average of squared steps, after Δ is known
 *   θ ← θ − η·Δ
 * The ratio carries the units of θ, which is why η = 1 works.
 */
export function adadelta(options: AdadeltaOptions): Stepper {
  const settings = resolveAdadelta(options);
  const { rho, eps, weightDecay } = settings;
  const s: Vec2 = [0, 0];
  const u: Vec2 = [0, 0];

  return (params, gradient, lr = settings.lr) => {
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      let g = gradient[i];
      if (weightDecay !== 0) g = g + weightDecay * params[i];
      s[i] = decayedSquare(s[i], rho, g);
      const std = Math.sqrt(s[i] + eps);
      const rmsStep = Math.sqrt(u[i] + eps);
      // With ε = 0 and no gradient yet √s is 0: no step, not 0/0.
      const delta = std > 0 ? (rmsStep / std) * g : 0;
      u[i] = decayedSquare(u[i], rho, delta);
      next[i] = params[i] - lr * delta;
      used[i] = g;
      rate[i] = std > 0 ? lr * (rmsStep / std) : 0;
    }
    return { params: next, gradient: used, accumulator: [s[0], s[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

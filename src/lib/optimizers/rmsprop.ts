import type { RmspropOptions, Stepper, Vec2 } from '../types';
import { decay, flag, nonNegative, resolveOptions } from '../validate';
import { decayedSquare, lerp } from './torch-ops';

export const rmspropDefaults: Required<RmspropOptions> = {
  name: 'rmsprop', lr: 1e-2, gamma: 0.99, eps: 1e-8, momentum: 0,
  centered: false, weightDecay: 0, epsInSqrt: false, biasCorrection: false,
};

export function resolveRmsprop(options: RmspropOptions): Required<RmspropOptions> {
  return resolveOptions(rmspropDefaults, {
    lr: nonNegative, gamma: decay, eps: nonNegative, momentum: nonNegative,
    centered: flag, weightDecay: nonNegative, epsInSqrt: flag, biasCorrection: flag,
  }, options);
}

/**
 * RMSProp with PyTorch's update, for each coordinate on its own:
 *   s ← γ·s + (1 − γ)·g²        a running average of squared gradients
 *   θ ← θ − η·g / (√s + ε)      the step divided by the gradient's recent RMS
 */
export function rmsprop(options: RmspropOptions): Stepper {
  const settings = resolveRmsprop(options);
  const { gamma, eps, momentum, centered, weightDecay, epsInSqrt, biasCorrection } = settings;
  const s: Vec2 = [0, 0]; // starts at 0, which is why the first step is about η/√(1 − γ)
  const gradientAverage: Vec2 = [0, 0]; // only for `centered`
  const buffer: Vec2 = [0, 0]; // only for `momentum`
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      const g = gradient[i] + weightDecay * params[i];
      s[i] = decayedSquare(s[i], gamma, g);

      let meanSquare = s[i];
      if (centered) {
        gradientAverage[i] = lerp(gradientAverage[i], g, 1 - gamma);
        // A variance, ≥ 0 in exact arithmetic; rounding can push it just below.
        meanSquare = Math.max(s[i] - gradientAverage[i] * gradientAverage[i], 0);
      }
      let root = Math.sqrt(epsInSqrt ? meanSquare + eps : meanSquare);
      if (biasCorrection) root = root / Math.sqrt(1 - gamma ** t); // as Adam writes it
      const denominator = epsInSqrt ? root : root + eps;

      // With ε = 0 and no gradient seen yet the denominator is 0: no step, not 0/0.
      let step = 0;
      if (denominator > 0) {
        if (momentum > 0) {
          buffer[i] = momentum * buffer[i] + g / denominator;
          step = lr * buffer[i];
        } else {
          step = (lr * g) / denominator;
        }
        rate[i] = lr / denominator;
      }
      next[i] = params[i] - step;
      used[i] = g;
    }
    return { params: next, gradient: used, accumulator: [s[0], s[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

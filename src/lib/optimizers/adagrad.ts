import type { AdagradOptions, Stepper, Vec2 } from '../types';
import { flag, nonNegative, resolveOptions } from '../validate';

export const adagradDefaults: Required<AdagradOptions> = {
  name: 'adagrad', lr: 1e-2, eps: 1e-10, lrDecay: 0, initialAccumulator: 0,
  weightDecay: 0, epsInSqrt: false,
};

export function resolveAdagrad(options: AdagradOptions): Required<AdagradOptions> {
  return resolveOptions(adagradDefaults, {
    lr: nonNegative, eps: nonNegative, lrDecay: nonNegative, initialAccumulator: nonNegative,
    weightDecay: nonNegative, epsInSqrt: flag,
  }, options);
}

/**
 * AdaGrad with PyTorch's update, for each coordinate on its own:
 *   s ← s + g²                  the sum of every squared gradient so far: it only grows
 *   θ ← θ − η·g / (√s + ε)      so the step only shrinks
 */
export function adagrad(options: AdagradOptions): Stepper {
  const settings = resolveAdagrad(options);
  const { eps, lrDecay, initialAccumulator, weightDecay, epsInSqrt } = settings;
  const s: Vec2 = [initialAccumulator, initialAccumulator];
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    // A schedule's η and lr_decay compose, as in PyTorch: the decay divides whatever η the step has.
    const decayedLr = lr / (1 + (t - 1) * lrDecay);
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      const g = gradient[i] + weightDecay * params[i];
      s[i] = s[i] + g * g;
      const denominator = epsInSqrt ? Math.sqrt(s[i] + eps) : Math.sqrt(s[i]) + eps;
      // With ε = 0 and only zero gradients so far the denominator is 0: no step, not 0/0.
      const step = denominator > 0 ? (decayedLr * g) / denominator : 0;
      next[i] = params[i] - step;
      used[i] = g;
      rate[i] = denominator > 0 ? decayedLr / denominator : 0;
    }
    return { params: next, gradient: used, accumulator: [s[0], s[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

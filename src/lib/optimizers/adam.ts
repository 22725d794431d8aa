import type { AdamOptions, Stepper, Vec2 } from '../types';
import { decay, nonNegative, resolveOptions } from '../validate';

export const adamDefaults: Required<AdamOptions> = {
  name: 'adam', lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0,
};

export function resolveAdam(options: AdamOptions): Required<AdamOptions> {
  return resolveOptions(adamDefaults, {
    lr: nonNegative, beta1: decay, beta2: decay, eps: nonNegative, weightDecay: nonNegative,
  }, options);
}

/**
 * Adam with PyTorch's update: RMSProp's average of g² plus an average of g,
 * both divided by 1 − βᵗ so that neither starts biased toward 0.
 */
export function adam(options: AdamOptions): Stepper {
  const { lr, beta1, beta2, eps, weightDecay } = resolveAdam(options);
  const m: Vec2 = [0, 0];
  const v: Vec2 = [0, 0];
  let t = 0;

  return (params, gradient) => {
    t += 1;
    const stepSize = lr / (1 - beta1 ** t);
    const rootCorrection = Math.sqrt(1 - beta2 ** t);
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      const g = gradient[i] + weightDecay * params[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * (g * g);
      const denominator = Math.sqrt(v[i]) / rootCorrection + eps;
      const step = denominator > 0 ? (stepSize * m[i]) / denominator : 0;
      next[i] = params[i] - step;
      used[i] = g;
      rate[i] = denominator > 0 ? stepSize / denominator : 0;
    }
    return { params: next, gradient: used, accumulator: [v[0], v[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

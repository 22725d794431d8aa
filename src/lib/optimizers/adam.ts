import type { AdamOptions, Stepper, Vec2 } from '../types';
import { decay, flag, nonNegative, resolveOptions } from '../validate';
import { decayedSquare, lerp } from './torch-ops';

export const adamDefaults: Required<AdamOptions> = {
  name: 'adam', lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false,
};

export function resolveAdam(options: AdamOptions): Required<AdamOptions> {
  return resolveOptions(adamDefaults, {
    lr: nonNegative, beta1: decay, beta2: decay, eps: nonNegative, weightDecay: nonNegative, amsgrad: flag,
  }, options);
}

interface AdamSettings {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  /** AdamW: shrink θ by (1 − η·λ) instead of adding λθ to the gradient. */
  decoupled: boolean;
}

/** The update PyTorch's Adam and AdamW share (`_single_tensor_adam`), in its order of operations. */
export function adamStepper(settings: AdamSettings): Stepper {
  const { beta1, beta2, eps, weightDecay, amsgrad, decoupled } = settings;
  const m: Vec2 = [0, 0];
  const v: Vec2 = [0, 0];
  const vMax: Vec2 = [0, 0]; // only for `amsgrad`
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    const stepSize = lr / (1 - beta1 ** t);
    const rootCorrection = Math.sqrt(1 - beta2 ** t);
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      let p = params[i];
      let g = gradient[i];
      if (weightDecay !== 0) {
        if (decoupled) p = p * (1 - lr * weightDecay);
        else g = g + weightDecay * p;
      }
      m[i] = lerp(m[i], g, 1 - beta1);
      v[i] = decayedSquare(v[i], beta2, g);
      if (amsgrad) vMax[i] = Math.max(vMax[i], v[i]);
      const denominator = Math.sqrt(amsgrad ? vMax[i] : v[i]) / rootCorrection + eps;
      // With ε = 0 and no gradient yet the denominator is 0: no step, not 0/0.
      const step = denominator > 0 ? (-stepSize * m[i]) / denominator : 0;
      next[i] = p + step;
      used[i] = g;
      rate[i] = denominator > 0 ? stepSize / denominator : 0;
    }
    return { params: next, gradient: used, accumulator: amsgrad ? [vMax[0], vMax[1]] : [v[0], v[1]],
      effectiveLr: rate, update: [next[0] - params[0], next[1] - params[1]] };
  };
}

/**
 * Adam with PyTorch's update: RMSProp's average of g² plus an average of g,
 * both divided by 1 − βᵗ so that neither starts biased toward 0.
 */
export function adam(options: AdamOptions): Stepper {
  return adamStepper({ ...resolveAdam(options), decoupled: false });
}

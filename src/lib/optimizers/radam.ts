import type { RadamOptions, Stepper, Vec2 } from '../types';
import { decay, nonNegative, resolveOptions } from '../validate';
import { decayedSquare, lerp } from './torch-ops';

export const radamDefaults: Required<RadamOptions> = {
  name: 'radam', lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0,
};

export function resolveRadam(options: RadamOptions): Required<RadamOptions> {
  return resolveOptions(radamDefaults, {
    lr: nonNegative, beta1: decay, beta2: decay, eps: nonNegative, weightDecay: nonNegative,
  }, options);
}

/**
 * RAdam with PyTorch's update. ρ_t estimates how many squared gradients the average v holds:
 *   ρ∞ = 2/(1 − β2) − 1,   ρ_t = ρ∞ − 2t·β2ᵗ/(1 − β2ᵗ).
 * While ρ_t ≤ 5 (the first five steps at β2 = 0.999) v is too young to trust and the step is plain
 * momentum, θ −= η·m̂; after that, Adam's step times the rectification
 *   r_t = √((ρ_t − 4)(ρ_t − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρ_t)).
 */
export function radam(options: RadamOptions): Stepper {
  const settings = resolveRadam(options);
  const { beta1, beta2, eps, weightDecay } = settings;
  const rhoInfinity = 2 / (1 - beta2) - 1;
  const m: Vec2 = [0, 0];
  const v: Vec2 = [0, 0];
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    const biasCorrection1 = 1 - beta1 ** t;
    const biasCorrection2 = 1 - beta2 ** t;
    const rho = rhoInfinity - (2 * t * beta2 ** t) / biasCorrection2;
    const rectified = rho > 5;
    const rectification = rectified
      ? Math.sqrt(((rho - 4) * (rho - 2) * rhoInfinity) / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho))
      : 0;
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      let g = gradient[i];
      if (weightDecay !== 0) g = g + weightDecay * params[i];
      m[i] = lerp(m[i], g, 1 - beta1);
      v[i] = decayedSquare(v[i], beta2, g);
      const corrected = m[i] / biasCorrection1;
      let step = 0;
      if (!rectified) {
        step = corrected * lr;
        rate[i] = lr / biasCorrection1;
      } else {
        const root = Math.sqrt(v[i]) + eps;
        // With ε = 0 and no gradient yet √v is 0: no step, not 0·∞.
        if (root > 0) {
          // PyTorch writes √(1 − β2ᵗ) / (√v + ε), a float over a tensor: Tensor.__rtruediv__,
          // which takes the reciprocal first and then multiplies.
          const adaptive = (1 / root) * Math.sqrt(biasCorrection2);
          step = corrected * lr * adaptive * rectification;
          rate[i] = (lr * adaptive * rectification) / biasCorrection1;
        }
      }
      next[i] = params[i] - step;
      used[i] = g;
    }
    return { params: next, gradient: used, accumulator: [v[0], v[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

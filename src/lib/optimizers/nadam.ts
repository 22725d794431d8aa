import type { NadamOptions, Stepper, Vec2 } from '../types';
import { decay, nonNegative, resolveOptions } from '../validate';
import { decayedSquare, lerp } from './torch-ops';

export const nadamDefaults: Required<NadamOptions> = {
  name: 'nadam', lr: 2e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, momentumDecay: 4e-3, weightDecay: 0,
};

export function resolveNadam(options: NadamOptions): Required<NadamOptions> {
  return resolveOptions(nadamDefaults, {
    lr: nonNegative, beta1: decay, beta2: decay, eps: nonNegative, momentumDecay: nonNegative,
    weightDecay: nonNegative,
  }, options);
}

/**
 * NAdam with PyTorch's update. The momentum coefficient follows Dozat's schedule,
 *   μ_t = β1·(1 − ½·0.96^(t·ψ)),
 * and the step looks one momentum ahead: it mixes the gradient, weighted (1 − μ_t)/(1 − Πμ), with
 * the average m, weighted μ_{t+1}/(1 − Πμ·μ_{t+1}), both over √v̂ + ε. PyTorch keeps the product Πμ
 * as state, and adds the two terms to θ one after the other, as here.
 */
export function nadam(options: NadamOptions): Stepper {
  const settings = resolveNadam(options);
  const { beta1, beta2, eps, momentumDecay, weightDecay } = settings;
  const m: Vec2 = [0, 0];
  const v: Vec2 = [0, 0];
  let muProduct = 1;
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    const biasCorrection2 = 1 - beta2 ** t;
    const mu = beta1 * (1 - 0.5 * 0.96 ** (t * momentumDecay));
    const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * momentumDecay));
    muProduct = muProduct * mu;
    const muProductNext = muProduct * muNext;
    const gradientWeight = (-lr * (1 - mu)) / (1 - muProduct);
    const averageWeight = (-lr * muNext) / (1 - muProductNext);
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    const rate: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      let g = gradient[i];
      if (weightDecay !== 0) g = g + weightDecay * params[i];
      m[i] = lerp(m[i], g, 1 - beta1);
      v[i] = decayedSquare(v[i], beta2, g);
      const denominator = Math.sqrt(v[i] / biasCorrection2) + eps;
      let p = params[i];
      // With ε = 0 and no gradient yet the denominator is 0: no step, not 0/0.
      if (denominator > 0) {
        p = p + (gradientWeight * g) / denominator;
        p = p + (averageWeight * m[i]) / denominator;
        rate[i] = lr / denominator;
      }
      next[i] = p;
      used[i] = g;
    }
    return { params: next, gradient: used, accumulator: [v[0], v[1]], effectiveLr: rate,
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

import type { SgdOptions, Stepper, Vec2 } from '../types';
import { flag, nonNegative, resolveOptions, unitInterval } from '../validate';

export const sgdDefaults: Required<SgdOptions> = {
  name: 'sgd', lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0,
};

export function resolveSgd(options: SgdOptions): Required<SgdOptions> {
  const resolved = resolveOptions(sgdDefaults, {
    lr: nonNegative, momentum: nonNegative, dampening: unitInterval, nesterov: flag, weightDecay: nonNegative,
  }, options);
  // PyTorch's own rule: "Nesterov momentum requires a momentum and zero dampening".
  if (resolved.nesterov && resolved.momentum === 0) {
    throw new RangeError('nesterov needs momentum > 0, got momentum 0');
  }
  if (resolved.nesterov && resolved.dampening !== 0) {
    throw new RangeError(`nesterov needs dampening 0, got dampening ${resolved.dampening}`);
  }
  return resolved;
}

/**
 * Gradient descent with PyTorch's momentum: the buffer starts as the first gradient (undamped),
 *   b ← μ·b + (1 − τ)·g,   θ ← θ − η·b      (Nesterov: θ ← θ − η·(g + μ·b))
 */
export function sgd(options: SgdOptions): Stepper {
  const settings = resolveSgd(options);
  const { momentum, dampening, nesterov, weightDecay } = settings;
  const buffer: Vec2 = [0, 0];
  let t = 0;

  return (params, gradient, lr = settings.lr) => {
    t += 1;
    const next: Vec2 = [0, 0];
    const used: Vec2 = [0, 0];
    for (let i = 0; i < 2; i++) {
      const g = gradient[i] + weightDecay * params[i];
      let direction = g;
      if (momentum > 0) {
        buffer[i] = t === 1 ? g : momentum * buffer[i] + (1 - dampening) * g;
        direction = nesterov ? g + momentum * buffer[i] : buffer[i];
      }
      next[i] = params[i] - lr * direction;
      used[i] = g;
    }
    return { params: next, gradient: used, accumulator: [0, 0], effectiveLr: [lr, lr],
      update: [next[0] - params[0], next[1] - params[1]] };
  };
}

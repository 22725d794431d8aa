import type { AdamwOptions, Stepper } from '../types';
import { decay, flag, nonNegative, resolveOptions } from '../validate';
import { adamStepper } from './adam';

export const adamwDefaults: Required<AdamwOptions> = {
  name: 'adamw', lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 1e-2, amsgrad: false,
};

export function resolveAdamw(options: AdamwOptions): Required<AdamwOptions> {
  return resolveOptions(adamwDefaults, {
    lr: nonNegative, beta1: decay, beta2: decay, eps: nonNegative, weightDecay: nonNegative, amsgrad: flag,
  }, options);
}

/**
 * AdamW with PyTorch's update: θ ← θ·(1 − η·λ) first, then Adam's step on the plain gradient, so
 * the decay never passes through the moments and is not divided by √v̂.
 */
export function adamw(options: AdamwOptions): Stepper {
  return adamStepper({ ...resolveAdamw(options), decoupled: true });
}
